// The written check's words, read by hand: what `text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)` gives, without
// the regex call per word, which on a long article was a tenth of the whole run. A unit test holds it to
// the pattern.
import { classesOf, classRunEnd, codePointIn, LETTER, NUMBER, widthOf } from '../char-classes.ts';

/** The pattern the scanner reads: letters and numbers, then one apostrophe and letters ("york’s"). */
export const WORD_PATTERN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Every match of WORD_PATTERN in `text`, in order. */
export function scanWords(text: string): string[] {
  const words: string[] = [];
  const to = text.length;
  let i = 0;
  while (i < to) {
    const code = codePointIn(text, i, to);
    if ((classesOf(code) & (LETTER | NUMBER)) === 0) {
      i += widthOf(code);
      continue;
    }
    const start = i;
    i = classRunEnd(text, i, to, LETTER | NUMBER);
    const mark = text.charCodeAt(i);
    // The optional tail: an apostrophe, then at least one letter; the run alone when there is none.
    if (i < to && (mark === 39 || mark === 0x2019) && i + 1 < to) {
      const tail = classRunEnd(text, i + 1, to, LETTER);
      if (tail > i + 1) i = tail;
    }
    words.push(text.slice(start, i));
  }
  return words;
}
