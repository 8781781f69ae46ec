// `text.replace(/[^\p{L}\p{N}]+/gu, ' ')`, read by hand: each run of characters that are neither letters nor
// numbers becomes one space. The key facts compare every claim by it and the furniture check every paragraph
// of about a title's length; the pattern's replace cost about twice this loop on the bench articles' sentences.
// A unit test holds it to the pattern.
import { classesOf, codePointIn, LETTER, NUMBER, widthOf } from '../char-classes.ts';

/** The pattern the scanner stands for, each match replaced by one space. */
export const NON_WORD_RUN = /[^\p{L}\p{N}]+/gu;

export function spaceNonWords(text: string): string {
  const to = text.length;
  let out = '';
  // Where the letters and numbers not yet copied to `out` start.
  let kept = 0;
  let i = 0;
  while (i < to) {
    // ASCII letters and digits (most of any text) answered in place, without the code point and class calls.
    const unit = text.charCodeAt(i);
    if (isAsciiWordCode(unit)) {
      i++;
      continue;
    }
    let code = unit < 128 ? unit : codePointIn(text, i, to);
    if (unit >= 128 && (classesOf(code) & (LETTER | NUMBER)) !== 0) {
      i += widthOf(code);
      continue;
    }
    out += `${text.slice(kept, i)} `;
    // The rest of the run, a code point at a time (a whole surrogate pair is one, as the u flag reads it).
    while (i < to) {
      const next = text.charCodeAt(i);
      if (next < 128) {
        if (isAsciiWordCode(next)) break;
        i++;
        continue;
      }
      code = codePointIn(text, i, to);
      if ((classesOf(code) & (LETTER | NUMBER)) !== 0) break;
      i += widthOf(code);
    }
    kept = i;
  }
  // Nothing replaced: the text itself, not a copy.
  return kept === 0 ? text : out + text.slice(kept);
}

/** A-Z, a-z or 0-9: what classesOf says is a letter or a number below 128. */
function isAsciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}
