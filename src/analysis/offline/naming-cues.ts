// Verbs that name or credit rather than say: "Brandt describes the levy as “a tax on the poor”", "Reyes
// defended his aide as a “decent man”", "Brenner thanked the crews for “holding the line”". The quoted words
// are the subject's only in that frame (an object, then "as" or "for" right before the quote); elsewhere
// ("introduced the “Harbour Act”", "defended the “Lestria First” plan") the quote is a title or a slogan, so
// these verbs stay out of CUE_VERBS, which every rule reads.
import { clauseSubject } from './clause-subject.ts';
import { carriesOnly } from './credit-before.ts';
import { BE_FORMS } from './lexicon.ts';
import type { Found } from './quote-tokens.ts';
import { speakerLike } from './speaker-like.ts';
import { type PhraseContext, parseBackward } from './speaker-phrase.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

/** Verbs whose object is then named "as" the quote says: "portrayed Reyes as “…”". */
const AS_VERBS = new Set(
  `describes describe portray portrays portrayed portraying depicts depicted depicting defended defends defending
  dismissing dismisses dismissed introduced introduces introducing characterizes characterize characterise
  characterises heralded heralds heralding refers refer referring praising praises identified identifies casts
  casting paints painted painting framed frames framing presents presented presenting touts touting hails hailing
  derides deriding labels label rejected rejects rejecting positioned positions positioning postured postures
  attacking attacks ripped rips ripping`.split(/\s+/),
);

/** Verbs whose object is thanked, credited or faulted "for" (or "with") what the quote says. */
const FOR_VERBS = new Set(
  'thanked thanks thanking credited credits crediting attacking attacks ripped rips ripping faulted faults faulting'.split(
    ' ',
  ),
);

/** "credited Reyes with “…”", "thanked them for “…”", "credited the win to “…”". */
const CREDIT_LINKS = new Set(['for', 'with', 'to']);

/** Words that may stand between "as" and the quote: "as a “…”", "as being “…”". */
const BEFORE_NOUN = new Set(['a', 'an', 'the', 'being', 'having']);

/** A quote whose first word is "for", past its opening mark (one or two characters). */
const OPENS_WITH_FOR = /^['’‘"“]?for\s/i;

/** A token of a plain object: a word, a possessive ending, an abbreviation's dot ("Mr. Reyes’s aide"). */
const OBJECT_WORD = /^(?:[\p{L}\p{N}]|['’]s$|\.$)/u;

/** The longest object between the verb and its "as" or "for": "the Lestrian Party", "himself on his website". */
const LONGEST_OBJECT = 8;

/**
 * The named subject of a verb of naming at `k` that introduces the quote at `markAt` ("Brandt describes the
 * party as “…”"), or null: where the frame is not there, where the verb is passive, and where the subject is no
 * person or body the text names.
 */
export function namingCredit(
  tokens: Token[],
  k: number,
  lo: number,
  markAt: number,
  ctx: PhraseContext,
): Found | null {
  if (!namingFrame(tokens, k, markAt, ctx.text) || BE_FORMS.has(lowerOf(tokens[k - 1]))) return null;
  if (lowerOf(tokens[k + 1]) === 'by') return null;
  // The subject before the verb, or the clause's for a participle ("Reyes denied it, dismissing Brenner as …").
  // A name, or a description that can speak ("Reyes's campaign portrays rivals as …"): a pronoun is tied to a
  // name less surely than a speaker needs, and "the deal" or "a report" names what is described as often as
  // who describes.
  const word = lowerOf(tokens[k]);
  const ref = word.endsWith('ing')
    ? clauseSubject(tokens, tokens.findIndex(isWord), k, ctx)
    : parseBackward(tokens, k - 1, lo, ctx);
  if (ref?.kind === 'phrase')
    return speakerLike(ref) && !carriesOnly(ref) ? { ref, role: null, cue: word } : null;
  // Not "Weighing in on the debate, …": a capitalised opener the registry holds as neither person nor body.
  return ref?.kind === 'mention' && ref.mention.entity.kind !== 'other'
    ? { ref, role: null, cue: word }
    : null;
}

/** Whether the verb at `k` names or credits in the frame that makes the quote at `markAt` its subject's words. */
function namingFrame(tokens: Token[], k: number, markAt: number, text: string): boolean {
  const word = lowerOf(tokens[k]);
  const asVerb = AS_VERBS.has(word);
  const forVerb = FOR_VERBS.has(word);
  if (!asVerb && !forVerb) return false;
  let end = markAt - 1;
  while (end > k && BEFORE_NOUN.has(lowerOf(tokens[end]))) end--;
  // "credited Reyes with holding “…”": a participle may follow the preposition.
  if (forVerb && lowerOf(tokens[end]).endsWith('ing') && CREDIT_LINKS.has(lowerOf(tokens[end - 1]))) end--;
  const link = lowerOf(tokens[end]);
  const linked = (asVerb && link === 'as') || (forVerb && CREDIT_LINKS.has(link));
  // "thanked its members “for their support”": the preposition opens the quote.
  const opening = text.slice((tokens[markAt]?.start ?? 0) + 1, (tokens[markAt]?.start ?? 0) + 6);
  const opensQuote = forVerb && end === markAt - 1 && OPENS_WITH_FOR.test(opening);
  const objectEnd = linked ? end : opensQuote ? markAt : -1;
  // "described as “…”" with no object between is a passive participle ("a ferry described as “…”").
  if (objectEnd <= k + 1 || objectEnd - k - 1 > LONGEST_OBJECT) return false;
  // The object is a plain phrase: no clause break and no other quote inside it.
  for (let j = k + 1; j < objectEnd; j++) if (!OBJECT_WORD.test(tokens[j]?.text ?? '')) return false;
  return true;
}
