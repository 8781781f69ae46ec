// The words of `/\p{L}+(?:['’-]\p{L}+)*/gu`, read by hand: letters, joined over an apostrophe or a hyphen
// that a letter follows. hasFiniteVerb reads a clause word by word until it meets a verb; the pattern's exec
// (a call and a match array per word) was most of that reading. A unit test holds it to the pattern.
import { classesOf, classRunEnd, codePointIn, LETTER, widthOf } from '../char-classes.ts';

/** The pattern the scanner stands for. */
export const LETTER_WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

/** Where the next word starts at or after `from`, or text.length when none does. */
export function letterWordStart(text: string, from: number): number {
  const to = text.length;
  let i = from;
  while (i < to) {
    const code = codePointIn(text, i, to);
    if ((classesOf(code) & LETTER) !== 0) return i;
    i += widthOf(code);
  }
  return to;
}

/** The end of the word starting at `start` (a letter there). */
export function letterWordEnd(text: string, start: number): number {
  const to = text.length;
  let k = classRunEnd(text, start, to, LETTER);
  while (k + 1 < to && isJoiner(text.charCodeAt(k))) {
    const after = classRunEnd(text, k + 1, to, LETTER);
    if (after === k + 1) break;
    k = after;
  }
  return k;
}

function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45;
}
