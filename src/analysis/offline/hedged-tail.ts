// Where a report goes on or stops at a clause of its own: past "but" and a new subject, the speaker's hedge
// goes on; at "as she made a tour …" and "amid scrutiny of …", the reporter's narration of the speaker begins.

import { INDIRECT_CUES } from './lexicon.ts';
import { isPastForm } from './tensed-word.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

/**
 * "said there was no deadline, but it could take months": an impersonal subject and a modal go on with the
 * speaker's reckoning. "…, but it could not be confirmed" is the reporter's check.
 */
export function goesOnHedged(tokens: Token[], at: number): boolean {
  return (
    HEDGE_SUBJECTS.has(lowerOf(tokens[at])) &&
    HEDGE_MODALS.has(lowerOf(tokens[at + 1])) &&
    !(lowerOf(tokens[at + 2]) === 'not' && lowerOf(tokens[at + 3]) === 'be')
  );
}
const HEDGE_SUBJECTS = new Set(['it', 'this', 'that', 'there']);
const HEDGE_MODALS = new Set(['could', 'would', 'might', 'may']);

/**
 * "said she understands why farmers distrust the board as she made a tour of the valley": "as", a personal
 * pronoun and a past verb tell what the speaker was doing when she said it, in the reporter's words.
 */
export function narratedAs(tokens: Token[], as: number, from: number): boolean {
  if (as <= from + 3 || !PERSONAL.has(lowerOf(tokens[as + 1])) || !isPastForm(tokens[as + 2])) return false;
  // "just as they did", "as angry as he had been": a comparison, the speaker's own; "turn out as he wanted", "as
  // she said": a manner or a credit, no deed of hers. A deed has words after its verb ("made a tour").
  const verb = lowerOf(tokens[as + 2]);
  return (
    !COMPARING.has(lowerOf(tokens[as - 1])) &&
    !lowerOf(tokens[as - 2]).startsWith('as') &&
    !MANNER.has(verb) &&
    !INDIRECT_CUES.has(verb) &&
    isWord(tokens[as + 3]) &&
    !['but', 'and', 'or'].includes(lowerOf(tokens[as + 3]))
  );
}
/** "They" is as often those the speaker tells of ("found the files as they investigated"): not read. */
const PERSONAL = new Set(['he', 'she']);
/** After these, "as" tells a manner ("as he wanted") or the scene of the story told ("as they were posing"). */
const MANNER = new Set(
  'wanted expected hoped feared predicted promised planned intended wished was were had'.split(' '),
);
const COMPARING = new Set(['just', 'even', 'so', 'such', 'much', 'same', 'well', 'as']);

/**
 * "said that he would not stand again amid scrutiny of a loan and claims from staff that …": the
 * circumstances "amid" gives are the outlet's background, and the speaker may deny them (an editor's read). Not
 * "belonged at sea, not amid paperwork" (the speaker's contrast), nor an "amid …" a comma closes
 * ("Kiel, who resigned in May amid the inquiry, used …"), whose sentence goes on past it.
 */
export function amidTail(tokens: Token[], amid: number, from: number): boolean {
  if (amid <= from + 3 || lowerOf(tokens[amid - 1]) === 'not') return false;
  for (let k = amid + 1; k < tokens.length; k++) if (tokens[k]?.text === ',') return false;
  return true;
}
