// Whose words a participle carries right after a relative clause or a clause of time with a subject of its
// own: in "Ruiz raised Brenner's remarks at a dinner in which she talked about renters, claiming that she could
// “…”" and "Brenner spoke, when Ruiz protesters broke in, shouting “…”", the one in that clause speaks, not
// the sentence's subject. Read by credit-before.ts before a participle goes back to the opening subject.
import { clauseSubject } from './clause-subject.ts';
import { speakerLike } from './speaker-like.ts';
import type { PhraseContext, SpeakerRef } from './speaker-phrase.ts';
import { isAdverb } from './subject-verb-gap.ts';
import { isVerbForm } from './tensed-word.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

/**
 * Words that open a relative clause about a time, a place or an event: "a dinner in which", "a speech, where",
 * as relative-antecedent.ts reads them, which tells whom a "he" or "she" opening the clause stands for.
 */
const OPENERS = new Set(['where', 'which', 'when']);
/** Prepositions before "which": "in which", "during which", "at which"; before "when" and "where", a comma. */
const BEFORE_WHICH = new Set(['in', 'at', 'during', 'of']);
/** Adverbs that may stand between a subject and its verb. */
const ADVERBS = new Set(['then', 'also', 'later', 'again', 'still', 'never', 'often', 'once']);
/** How many words back from the participle's comma the opener may stand. */
const REACH = 14;

/**
 * The subject of the clause that ends at the participle's comma, when an opener starts it: `null` when there is
 * no such clause, `{ ref: null }` when its subject is no one who can speak (the participle is then credited to
 * no one: its subject is not the sentence's either).
 */
export function relativeDoer(
  tokens: Token[],
  participle: number,
  lo: number,
  ctx: PhraseContext,
): { ref: SpeakerRef | null } | null {
  const comma = participle - 1;
  if (tokens[comma]?.text !== ',') return null;
  for (let k = comma - 1; k > lo && comma - k <= REACH; k--) {
    const word = lowerOf(tokens[k]);
    if (tokens[k]?.text === ',' || tokens[k]?.text === ';') return null;
    if (!OPENERS.has(word)) continue;
    const before = tokens[k - 1]?.text ?? '';
    if (word === 'which' ? !BEFORE_WHICH.has(before.toLowerCase()) : before !== ',') return null;
    // The clause's own verb, and before it (past an adverb) the words of its subject.
    const verb = tokens.findIndex((t, i) => i > k + 1 && i < comma && isVerbForm(t));
    if (verb < 0) return null;
    let last = verb - 1;
    if (isAdverb(lowerOf(tokens[last])) || ADVERBS.has(lowerOf(tokens[last]))) last--;
    // A pronoun stays one: the speaker resolution reads whom it stands for (relative-antecedent.ts).
    return { ref: subjectOf(tokens, k + 1, last, ctx) };
  }
  return null;
}

/** A person, a pronoun or a description that can speak, written as tokens[from..last] and nothing more. */
function subjectOf(tokens: Token[], from: number, last: number, ctx: PhraseContext): SpeakerRef | null {
  if (last < from || !isWord(tokens[last])) return null;
  const end = (tokens[last] as Token).end;
  const subject = clauseSubject(tokens, from, last + 1, ctx, true);
  if (subject?.kind === 'pronoun' && from === last) return subject;
  if (subject?.kind === 'mention' && subject.mention.entity.kind === 'person' && subject.mention.end === end)
    return subject;
  // "Ruiz protesters": a name describing the noun that is the subject.
  const at = (tokens[from] as Token).start;
  const phrase: SpeakerRef = {
    kind: 'phrase',
    text: ctx.text.slice(at, end),
    head: lowerOf(tokens[last]),
    at,
  };
  return speakerLike(phrase) ? phrase : null;
}
