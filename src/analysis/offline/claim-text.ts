// What claim.ts reads of a claim's evidence, by offsets into the article's own string: its words, whether its
// quotes pair up, whether a whitespace collapse would change it, and what the key facts compare claims by
// first. One pass, where a word count, a quote count, a space check and a key each walked a slice of the
// text; a slice is also slower to read character by character than the flat article string it points into.
import { isSpaceCode } from '../../util/word-count.ts';

export interface EvidenceScan {
  /** `countWords` of the evidence. */
  words: number;
  /** As many “ as ” and an even number of straight quotes. */
  balanced: boolean;
  /** `hasSpaceToCollapse` of the evidence: a whitespace character other than a lone space. */
  collapse: boolean;
  /**
   * How many ASCII letters and digits the evidence holds, or -1 when it holds a character whose lower or
   * upper case has one (see casesToAscii). The key two claims are compared by (facts.ts), the statement in
   * lower case with its other characters spaced out, keeps exactly these ASCII letters and digits.
   */
  asciiWordChars: number;
}

export function scanEvidence(text: string, from: number, to: number): EvidenceScan {
  let words = 0;
  let opens = 0;
  let closes = 0;
  let straight = 0;
  let collapse = false;
  let wordChars = 0;
  let counted = true;
  let previousSpace = true;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const space = isSpaceCode(code);
    if (space) {
      if (code !== 32 || (previousSpace && i > from)) collapse = true;
    } else if (previousSpace) words++;
    previousSpace = space;
    if (code >= 128) {
      if (casesToAscii(code)) counted = false;
      if (code === 0x201c) opens++;
      else if (code === 0x201d) closes++;
    } else if (isAsciiWordCode(code)) wordChars++;
    else if (code === 34) straight++;
  }
  return {
    words,
    balanced: opens === closes && straight % 2 === 0,
    collapse,
    asciiWordChars: counted ? wordChars : -1,
  };
}

/** `countWords(text.slice(from, to))`, without the slice. */
export function countWordsIn(text: string, from: number, to: number): number {
  let words = 0;
  let previousSpace = true;
  for (let i = from; i < to; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && previousSpace) words++;
    previousSpace = space;
  }
  return words;
}

/** Where `trimClauseEnd(text.slice(from, to))` ends: spaces and clause punctuation (, ; :) left off. */
export function clauseEndIn(text: string, from: number, to: number): number {
  let end = to;
  while (end > from) {
    const code = text.charCodeAt(end - 1);
    if (code !== 44 && code !== 59 && code !== 58 && !isSpaceCode(code)) break;
    end--;
  }
  return end;
}

/**
 * The characters above ASCII whose lower case, or whose upper case in lower case (a statement's first letter is
 * capitalised), holds an ASCII letter or digit: "ß" (SS), "İ" (i̇), "ı" (I), "ſ" (S), the Kelvin sign (k), the
 * ligatures "ﬀ" to "ﬆ" and a few letters with a combining mark. Found by asking every code point of Unicode;
 * none lies outside the Basic Multilingual Plane, so a code unit at a time is enough.
 */
function casesToAscii(code: number): boolean {
  if (code < 0x2000) {
    return (
      code === 0xdf ||
      code === 0x130 ||
      code === 0x131 ||
      code === 0x149 ||
      code === 0x17f ||
      code === 0x1f0 ||
      (code >= 0x1e96 && code <= 0x1e9a)
    );
  }
  return code === 0x212a || (code >= 0xfb00 && code <= 0xfb06);
}

/** A-Z, a-z or 0-9. */
function isAsciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}
