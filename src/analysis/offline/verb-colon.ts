// "Ada Brenner resisted: “…”", "Reyes went even further: “…”": a named person, a verb and at most a few
// adverbs, then a colon before the quote. With nothing else in the clause there is no one and nothing else
// whose words the colon could announce. Not "Reyes was asked: “…”", "Brandt faced a question: “…”" nor
// "Brandt read the sign: “…”": a passive or an object leaves the words to someone, or something, else.
import { clauseSubject } from './clause-subject.ts';
import { BE_FORMS } from './lexicon.ts';
import type { Found } from './quote-tokens.ts';
import type { PhraseContext } from './speaker-phrase.ts';
import { isTensedWord } from './tensed-word.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Words that may follow the verb: "went even further", "shot back", "fired back again". */
const ADVERBS = new Set('even further back again then too also in out on up first once instead'.split(' '));

/** The longest clause after the name: "went even further", "shot back at once". */
const LONGEST_CLAUSE = 4;

/** Forms of "be" and "get", and verbs whose subject receives the words: the quote is someone else's. */
const RECEIVING = new Set(
  'was were is are been being be got gets asked told heard read received saw sees'.split(' '),
);

/** The named person whose bare verb introduces the quote after a colon, or null. */
export function verbColon(region: Token[], first: number, markAt: number, ctx: PhraseContext): Found | null {
  if (first < 0 || region[markAt - 1]?.text !== ':') return null;
  const subject = clauseSubject(region, first, markAt - 1, ctx);
  if (subject?.kind !== 'mention' || subject.mention.entity.kind !== 'person') return null;
  // "Republicans’ reaction:": a possessive name owns a noun, the layout of a headline, not a speaker's verb.
  if (/^['’]/u.test(ctx.text.slice(subject.mention.end, subject.mention.end + 1))) return null;
  let from = region.findIndex((t) => t.start >= subject.mention.end);
  // "Ruiz shot back, to cheers from the hall: “…”": an aside of a few words after a comma, with no verb.
  const end = asideStart(region, from, markAt - 1);
  if (from < 0 || end - from < 1 || end - from > LONGEST_CLAUSE) return null;
  // "Ruiz was quick to retort: “…”": keen to speak, she spoke.
  if (
    BE_FORMS.has(lowerOf(region[from])) &&
    KEEN.has(lowerOf(region[from + 1])) &&
    lowerOf(region[from + 2]) === 'to'
  )
    from += 3;
  // A tensed verb, then adverbs and particles only: "resisted", "went even further", "shot back".
  else if (!isTensedWord(region[from]) || RECEIVING.has(lowerOf(region[from]))) return null;
  for (let k = from + 1; k < end; k++) {
    const word = lowerOf(region[k]);
    if (!ADVERBS.has(word) && !/^\p{Ll}+ly$/u.test(region[k]?.text ?? '')) return null;
  }
  return { ref: subject, role: null, cue: 'colon' };
}

const KEEN = new Set(['quick', 'swift', 'eager', 'fast', 'ready']);
/** How many words an aside between the verb and the colon may hold. */
const LONGEST_ASIDE = 8;

/** Where the clause before the colon at `colon` ends: at a comma opening a short aside with no verb, or there. */
function asideStart(region: Token[], from: number, colon: number): number {
  const comma = region.findIndex((t, k) => k > from && k < colon && t.text === ',');
  if (comma < 0 || colon - comma > LONGEST_ASIDE + 1) return colon;
  for (let k = comma + 1; k < colon; k++)
    if (isTensedWord(region[k]) || region[k]?.text === ',') return colon;
  return comma;
}
