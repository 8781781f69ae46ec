// Title case read word by word, for lines and quoted names in any layer: the offline engine's quoted titles and
// full-stop headlines, and the related-story links a paste carries. A sentence is turned down at its first
// lower-case word that is not a small one.
import { isSpaceCode } from './word-count.ts';

const SMALL_WORDS = new Set(
  'a an the and or of in on at to for with from by as but nor vs via into over de la le du &'.split(' '),
);

/**
 * One to `most` whitespace-separated words, each opening with a capital, a digit or a bracket (past any
 * opening mark: ‘Unfair’), except the small words after the first and words of marks alone ("–").
 */
export function titleCaseWords(text: string, most: number): boolean {
  let count = 0;
  for (let start = skipSpaces(text, 0); start < text.length; start = skipSpaces(text, start)) {
    let end = start + 1;
    while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end++;
    if (++count > most) return false;
    // Past any opening mark or sign ("‘Unfair’", "#2", "$15"); a word of marks alone ("–", "//") passes.
    let open = start;
    while (open < end && !WORD_CHARACTER.test(text[open] as string)) open++;
    if (open < end && !opensTitleWord(text, open)) {
      if (count === 1 || !SMALL_WORDS.has(text.slice(open, end).toLowerCase())) return false;
    }
    start = end;
  }
  return count > 0;
}
const WORD_CHARACTER = /[\p{L}\p{N}(]/u;

/** A line of four to twenty words in title case: "Brandt Says Korvin’s Levy Is ‘Unfair’ to Ferry Crews." */
export function isTitleCaseLine(line: string): boolean {
  return !titleCaseWords(line, 3) && titleCaseWords(line, 20);
}

/**
 * A sentence set as a heading: a title-case line in mixed case with a small or function word after its first ("The
 * Faces of the Harbour Strike.", "Ruiz Put On The Defensive Over Fares.", "Marr Described Her Year At Sea."). Not a line in capitals, which wire copy sets as
 * prose, nor a line of names and figures ("Labour 34%, Conservatives 29%."), which holds no small word.
 */
export function isTitleSentence(line: string): boolean {
  if (!isTitleCaseLine(line) || !/\p{Ll}/u.test(line)) return false;
  const words = line.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const word = (words[i] as string).replace(/[^\p{L}&]+/gu, '').toLowerCase();
    if (SMALL_WORDS.has(word) || FUNCTION_WORDS.has(word)) return true;
  }
  return false;
}
/** Words no name holds, which a headline capitalises ("Described Her Experience Being …"). */
const FUNCTION_WORDS = new Set(
  'her his its their our my your this that these those about after against before between under is are was were be been being has have had will would can could not no'.split(
    ' ',
  ),
);

export function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** `/^[\p{Lu}\p{N}(]/u` at `start`: ASCII answered by its code, anything else by the pattern. */
function opensTitleWord(text: string, start: number): boolean {
  const code = text.charCodeAt(start);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 40;
  return TITLE_OPENING.test(text.slice(start, start + 2));
}
const TITLE_OPENING = /^[\p{Lu}\p{N}(]/u;
