// The last word before a figure, read back from the figure once. The rules about what comes just before a figure
// ("March 9", "about 40", "No. 2", "the two men", "six of the seven") are patterns anchored at the end of the
// up to 80 characters before it, and such a pattern is tried from every one of those characters. Each rule
// below first asks the last word, which rules most figures out at once; the pattern still decides the rest.

import { isSpaceCode } from '../../util/word-count.ts';
import { MONTH } from './dates.ts';
import { MONTHS } from './lexicon.ts';

export interface BeforeFigure {
  text: string;
  /** Where the text ends once trailing whitespace (JavaScript's `\s`) is left off. */
  end: number;
  /** The run of ASCII letters ending at `end`, or at the full stop before it ("No."), in lower case. */
  word: string;
  /** Whether `word` ends before a full stop that ends the text. */
  dotted: boolean;
}

export function beforeFigure(text: string): BeforeFigure {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  const dotted = text.charCodeAt(end - 1) === 46;
  const wordEnd = dotted ? end - 1 : end;
  let start = wordEnd;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return { text, end, word: text.slice(start, wordEnd).toLowerCase(), dotted };
}

/** `/[\s]*$/` after `char`: whether the last character before trailing whitespace is one of `chars`. */
export function endsWithBeforeSpace(before: BeforeFigure, chars: string): boolean {
  return before.end > 0 && chars.includes(before.text[before.end - 1] as string);
}

/** `/^\s*$/` */
export function isBlank(before: BeforeFigure): boolean {
  return before.end === 0;
}

// The month whole, as dates.ts reads it: a prefix and any letters took "decided 4 to 3" and "maybe 10" for dates.
const MONTH_BEFORE = new RegExp(String.raw`\b${MONTH}\s*$`);
const MONTH_PREFIXES = new Set(MONTHS.map((m) => m.slice(0, 3)));

/** "March 9", "Sept. 4": the figure is a date's day. The pattern's month opens the last word. */
export function endsWithMonth(before: BeforeFigure): boolean {
  return MONTH_PREFIXES.has(before.word.slice(0, 3)) && MONTH_BEFORE.test(before.text);
}

const QUALIFIER =
  /(?:\b(more than|fewer than|less than|at least|up to|about|around|roughly|nearly|almost|approximately|some|over|an estimated)\s+)$/i;
/** The last word of each of QUALIFIER's phrases. */
const QUALIFIER_ENDS = new Set([
  'than',
  'least',
  'to',
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'approximately',
  'some',
  'over',
  'estimated',
]);

/** "about 40", "more than 118": the qualifier, in lower case, or null. */
export function qualifierOf(before: BeforeFigure): string | null {
  if (!endsInWordAndSpace(before) || !QUALIFIER_ENDS.has(before.word)) return null;
  return QUALIFIER.exec(before.text)?.[1]?.toLowerCase() ?? null;
}

/** The qualifier pattern itself, for the lead-in of a percentage or amount that leaves it off. */
export { QUALIFIER };

const RANK = /\b(?:no|nos|number)\.?\s*$|#\s*$/i;
const RANK_WORDS = new Set(['no', 'nos', 'number']);

/** "No. 2", "number 4", "#1": a rank, not a count. */
export function endsWithRank(before: BeforeFigure): boolean {
  return (RANK_WORDS.has(before.word) || endsWithBeforeSpace(before, '#')) && RANK.test(before.text);
}

const REFERENCE = /\b(?:the|these|those|its|their|his|her|our)\s+$/i;
const REFERENCE_WORDS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);

/** "the two men": a reference back, not a count. */
export function endsWithDeterminer(before: BeforeFigure): boolean {
  return endsInWordAndSpace(before) && REFERENCE_WORDS.has(before.word) && REFERENCE.test(before.text);
}

const PART_OF = /\b(\d+|[a-z]+)\s+of\s+(?:the\s+)?(?:[\p{L}]+['’]s\s+)?$/iu;

/**
 * "six of the seven members": the count before "of", when the text ends with one. The pattern ends with
 * "of", "the" or "…'s" and then whitespace; under the i and u flags an "s" may also be written "ſ".
 */
export function partOfHead(before: BeforeFigure): string | null {
  if (before.end === before.text.length || !endsWithBeforeSpace(before, 'fFeEsSſ') || !mayHoldOf(before.text))
    return null;
  return PART_OF.exec(before.text)?.[1] ?? null;
}

/** Whether the text holds "of" in any case (under the i flag only O/o and F/f match the letters). */
function mayHoldOf(text: string): boolean {
  return text.includes('of') || text.includes('OF') || text.includes('Of') || text.includes('oF');
}

/** The last word is followed by whitespace only: no full stop between. */
function endsInWordAndSpace(before: BeforeFigure): boolean {
  return !before.dotted && before.end < before.text.length;
}

function isAsciiLetter(code: number): boolean {
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}
