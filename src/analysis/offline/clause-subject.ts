// The subject that opens a clause, for a participle or a second verb whose own subject is not written:
// "Mrs. Brandt endorsed Tomas Reyes, saying …" and "Brandt bemoaned the levy and said …" are Brandt's words.
import { ROLE_OPENERS } from './name-then-role.ts';
import { type PhraseContext, parseForward, type SpeakerRef } from './speaker-phrase.ts';
import { isTensedWord } from './tensed-word.ts';
import { lowerOf, type Token } from './tokens.ts';

/** A name, a pronoun or a named body opening tokens[first..before), never a description. */
export function clauseSubject(
  tokens: Token[],
  first: number,
  before: number,
  ctx: PhraseContext,
): SpeakerRef | null {
  let start = first;
  // "Prior to the vote, Mayor Brandt called …": the subject comes after an opening adverbial, and after a
  // second one ("In June, after Ilse Brandt fell, Reyes wrote …": Brandt is no subject of "wrote").
  for (let adverbials = 0; adverbials < 3 && OPENERS.has(lowerOf(tokens[start])); adverbials++) {
    const comma = tokens.findIndex((t, i) => i > start && i < before && t.text === ',');
    if (comma < 0) break;
    start = comma + 1;
  }
  if (start < 0 || start >= before) return null;
  const parsed = parseForward(tokens.slice(0, verbAfter(tokens, start, before)), start, ctx);
  return parsed && parsed.ref.kind !== 'phrase' ? parsed.ref : null;
}

/**
 * Where the subject's own verb stands, or `before`: the phrase reader stops only at verbs it knows, and
 * would read "Mrs. Brandt endorsed Tomas Reyes" as one phrase naming Reyes. A lower-case tensed word after the
 * phrase's first word is the verb ("endorsed", "praised"); after an article it is a noun ("the claims").
 */
function verbAfter(tokens: Token[], start: number, before: number): number {
  for (let k = start + 1; k < before; k++) {
    if (isTensedWord(tokens[k]) && !ROLE_OPENERS.has(lowerOf(tokens[k - 1]))) return k;
  }
  return before;
}

const OPENERS = new Set(
  `back prior in on at after before during following since despite with for as when while earlier later last this
  under amid from by monday tuesday wednesday thursday friday saturday sunday today yesterday`.split(/\s+/),
);

/** A named person, or "he" or "she". */
export function namesSomeone(ref: SpeakerRef | null): boolean {
  if (ref?.kind === 'pronoun') return ref.word === 'he' || ref.word === 'she';
  return ref?.kind === 'mention' && ref.mention.entity.kind === 'person';
}
