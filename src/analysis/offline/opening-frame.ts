// What opens a sentence before "…, Reyes said the port …": a frame of the main clause the speaker's verb
// begins, not words of a report credited to the speaker. report-speaker.ts reads "CLAUSE, X said" only where
// the words before the comma are not such a frame.
import { QUESTION_OPENERS } from './lexicon.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Prepositions that open a phrase of time or setting at the start of a sentence: "In April,", "At the rally,". */
export const OPENING_PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'earlier',
  'later',
  'last',
]);

/** Opening a sentence, these frame the main clause (a contrast, a cause, a condition), not the report. */
const CONTRAST_OR_CONDITION_OPENERS = new Set('while although though whereas because unless if'.split(' '));

/**
 * "While many have guessed that …, Bauer said …", "In a radio interview on Monday, Kiel said …": the words
 * up to the comma at `comma` are a subordinate clause or a phrase alone (whose noun "interview" the lexicon
 * also reads as a verb), not a clause someone reported.
 */
export function framesMainClause(tokens: Token[], comma: number): boolean {
  const first = lowerOf(tokens[0]);
  if (CONTRAST_OR_CONDITION_OPENERS.has(first)) return true;
  if (!OPENING_PREPOSITIONS.has(first)) return false;
  // "In May, the port closed, officials said": a clause after the phrase is reported. Another phrase is not: "In
  // January, in his last address to the port, he conceded …".
  for (let k = 1; k < comma; k++)
    if (tokens[k]?.text === ',' && !OPENING_PREPOSITIONS.has(lowerOf(tokens[k + 1]))) return false;
  return true;
}

/** A participle's clause before the speaker: a question put to them, or the reporter's account of them. */
export function opensOnSpeakerFrame(tokens: Token[]): boolean {
  return opensWithQuestion(tokens) || opensWithParticiple(tokens);
}

/** Participles that put a question to the speaker: "Asked about the vote,", "When pressed,". */
function opensWithQuestion(tokens: Token[]): boolean {
  const first = lowerOf(tokens[0]);
  return QUESTION_OPENERS.has(first) || (first === 'when' && QUESTION_OPENERS.has(lowerOf(tokens[1])));
}

/**
 * "Hinting that he might run again, …", "Citing a report that said the mayor would not talk, …": a participle
 * of saying or citing opens a clause with no subject of its own, the reporter's account of the speaker.
 */
function opensWithParticiple(tokens: Token[]): boolean {
  const first = lowerOf(tokens[0]);
  return first.endsWith('ing') && (lowerOf(tokens[1]) === 'that' || CITING.has(first));
}
const CITING = new Set(['citing', 'quoting', 'noting', 'saying', 'claiming', 'arguing', 'insisting']);
