// What a figure counts: the one or two words after it ("11 of the freed hostages were …" → "freed hostages";
// "80 firefighters nine hours" → "firefighters"). Read by character code from the figure's end, where the
// rule was a replace, a match, a trim and a split of the whole rest of the sentence for every figure.

import { isSpaceCode } from '../../util/word-count.ts';
import { letterOrJoinerRunEnd } from '../char-classes.ts';

/** Words that end the counted noun before it starts: prepositions, verbs of being, articles. */
const NOUN_STOP = new Set(
  `by from in on at to for with after before since when while as were was are is had have has who which that and
  or but than of into over under during across near up down out off the a an`.split(/\s+/),
);
/** Words that need the noun after them: "freed hostages", "other passengers". */
const MODIFIERS = new Set([
  'freed',
  'remaining',
  'other',
  'more',
  'new',
  'additional',
  'injured',
  'dead',
  'of',
]);

/**
 * The rule as patterns: `after.replace(/^\s+of\s+(?:the\s+)?/i, ' ')`, then the words of
 * `/^(?:\s+[\p{L}'’-]+){1,3}/u`; of those, a stop word ends the noun, and a modifier takes one word more.
 */
export function countedNoun(after: string): string {
  const ofEnd = ofTheEnd(after);
  // Past "of the" the replace left one space, which the first word's `\s+` takes.
  let at = ofEnd >= 0 ? ofEnd : spaceRunEnd(after, 0);
  if (at === 0) return '';
  let first = '';
  for (let words = 0; words < 2; words++) {
    const end = letterOrJoinerRunEnd(after, at);
    if (end === at) break;
    const word = after.slice(at, end);
    const lower = word.toLowerCase();
    if (NOUN_STOP.has(lower)) break;
    if (words === 1) return `${first} ${word}`;
    first = word;
    if (!MODIFIERS.has(lower) && !beforePlural(after, end, lower)) break;
    at = spaceRunEnd(after, end);
    if (at === end) break;
  }
  return first;
}

/** Where `^\s+of\s+(?:the\s+)?` (any case) ends in `text`, or -1 when it does not match. */
function ofTheEnd(text: string): number {
  const of = spaceRunEnd(text, 0);
  if (of === 0 || !isAsciiPair(text, of, 111, 102)) return -1;
  const after = spaceRunEnd(text, of + 2);
  if (after === of + 2) return -1;
  if (!isAsciiPair(text, after, 116, 104) || (text.charCodeAt(after + 2) | 32) !== 101) return after;
  const end = spaceRunEnd(text, after + 3);
  return end === after + 3 ? after : end;
}

/** Whether the two letters at `at` are `a` and `b` in either case (ASCII only, as the i flag without u reads them). */
function isAsciiPair(text: string, at: number, a: number, b: number): boolean {
  return (text.charCodeAt(at) | 32) === a && (text.charCodeAt(at + 1) | 32) === b;
}

function spaceRunEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/**
 * A word with no plural "s" before one with it, "12 separate actions", "15 executive orders": the first
 * describes the second, which is what is counted ("12 separate" said nothing of what the twelve were).
 */
function beforePlural(after: string, end: number, lower: string): boolean {
  if (lower.endsWith('s') || after.charCodeAt(end) !== 32) return false;
  const next = letterOrJoinerRunEnd(after, end + 1);
  const word = after.slice(end + 1, next).toLowerCase();
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !NOUN_STOP.has(word);
}
