// The subject that opens a clause, for a participle or a second verb whose own subject is not written:
// "Mrs. Brandt endorsed Tomas Reyes, saying …" and "Brandt bemoaned the levy and said …" are Brandt's words.
import { mentionAt } from './entities.ts';
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
  for (let adverbials = 0; adverbials < 3 && opensAdverbial(tokens, start, ctx); adverbials++) {
    const comma = tokens.findIndex((t, i) => i > start && i < before && t.text === ',');
    if (comma < 0) break;
    start = comma + 1;
  }
  // "Then Tomas Reyes went on the attack, saying …": a lone adverb before the subject, no comma after it, and
  // "And then Reyes …".
  if (JOINERS.has(lowerOf(tokens[start])) && LONE_ADVERBS.has(lowerOf(tokens[start + 1]))) start++;
  if (LONE_ADVERBS.has(lowerOf(tokens[start])) && /^\p{Lu}/u.test(tokens[start + 1]?.text ?? '')) start++;
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

/** Adverbs that open a sentence before its subject with no comma: "Then Reyes …", "Instead Brandt …". */
const LONE_ADVERBS = new Set(
  'then instead later now still meanwhile finally eventually afterward afterwards'.split(' '),
);

/** Words that end an opening phrase of time: "Hours later,", "Eight years ago,", "Minutes earlier,". */
const TIME_ENDS = new Set(['later', 'earlier', 'ago']);
const LONGEST_TIME_PHRASE = 4;

/** "And then Reyes …", "But then Brandt …": a joining word before a lone adverb. */
const JOINERS = new Set(['and', 'but', 'so']);

/**
 * Whether an opening adverbial starts at `start`: a word from OPENERS; a participle no one is named by
 * ("Appearing before supporters on Monday, Brandt …"); a short phrase of time up to its comma.
 */
function opensAdverbial(tokens: Token[], start: number, ctx: PhraseContext): boolean {
  const word = lowerOf(tokens[start]);
  if (OPENERS.has(word)) return true;
  const token = tokens[start];
  // "Manning, the mayor, …" is a name; "Standing" is held as a capitalised word that names no one.
  const named = token ? mentionAt(ctx.registry, token.start)?.entity.kind : undefined;
  if (word.endsWith('ing') && (named === undefined || named === 'other')) return true;
  // "Hours later,", "Eight years ago,", "A few days later,": up to four words, the last a word of time.
  for (let k = start + 1; k <= start + LONGEST_TIME_PHRASE; k++) {
    if (tokens[k]?.text === ',') return TIME_ENDS.has(lowerOf(tokens[k - 1]));
    if (!/^\p{Ll}/u.test(tokens[k]?.text ?? '')) return false;
  }
  return false;
}

/** A named person, or "he" or "she". */
export function namesSomeone(ref: SpeakerRef | null): boolean {
  if (ref?.kind === 'pronoun') return ref.word === 'he' || ref.word === 'she';
  return ref?.kind === 'mention' && ref.mention.entity.kind === 'person';
}
