// Unicode letter / number / mark classes of one code point, as the patterns `\p{L}`, `\p{N}` and `\p{M}` (with
// the u flag) answer them: ASCII from a table, anything else asked of the patterns once and kept. The
// hand-written scanners (token-scan.ts, the written check's words) read every character of an article with it.

export const LETTER = 1;
export const NUMBER = 2;
export const MARK = 4;

const ASCII = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) ASCII[code] = LETTER;
  else if (code >= 48 && code <= 57) ASCII[code] = NUMBER;
}

/** A BMP code point's classes not yet asked. */
const UNKNOWN = 0xff;

/**
 * The classes of code points past ASCII as `ask` gives them for the code point's string: asked once per code
 * point and kept, the BMP in a table filled on first sight and the rest in a map. A pattern test is costly and
 * the scanners ask of every character; an article has few distinct ones. `ask` gives bits below 0xff.
 */
export class CodePointClasses {
  private readonly bmp = new Uint8Array(0x10000).fill(UNKNOWN);
  private readonly astral = new Map<number, number>();
  private readonly ask: (char: string) => number;

  constructor(ask: (char: string) => number) {
    this.ask = ask;
  }

  of(codePoint: number): number {
    if (codePoint < 0x10000) {
      let classes = this.bmp[codePoint] as number;
      if (classes === UNKNOWN) {
        classes = this.ask(String.fromCharCode(codePoint));
        this.bmp[codePoint] = classes;
      }
      return classes;
    }
    let classes = this.astral.get(codePoint);
    if (classes === undefined) {
      classes = this.ask(String.fromCodePoint(codePoint));
      this.astral.set(codePoint, classes);
    }
    return classes;
  }
}

const PAST_ASCII = new CodePointClasses(
  (char) =>
    (/\p{L}/u.test(char) ? LETTER : 0) |
    (/\p{N}/u.test(char) ? NUMBER : 0) |
    (/\p{M}/u.test(char) ? MARK : 0),
);

/** The classes of a code point (a lone surrogate has none), as bits LETTER | NUMBER | MARK. */
export function classesOf(codePoint: number): number {
  return codePoint < 128 ? (ASCII[codePoint] as number) : PAST_ASCII.of(codePoint);
}

/** The code point at `i` as a u-flag pattern reads it in text ending at `limit`: a pair only when whole. */
export function codePointIn(text: string, i: number, limit: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < limit) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
  }
  return code;
}

/** UTF-16 length of a code point. */
export function widthOf(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1;
}

/** Where the run of code points in `classes` (LETTER, NUMBER… or'd) starting at `i` ends, in text ending at `to`. */
export function classRunEnd(text: string, i: number, to: number, classes: number): number {
  let k = i;
  while (k < to) {
    const code = codePointIn(text, k, to);
    if ((classesOf(code) & classes) === 0) break;
    k += widthOf(code);
  }
  return k;
}

/**
 * Where the run of `[\p{L}'’-]` (letters, and the apostrophes and hyphen that join a word's parts) starting at
 * `i` ends: a word as the written check's names and the counted-noun rule read it.
 */
export function letterOrJoinerRunEnd(text: string, i: number): number {
  let k = i;
  while (k < text.length) {
    const code = codePointIn(text, k, text.length);
    if (code !== 39 && code !== 0x2019 && code !== 45 && (classesOf(code) & LETTER) === 0) break;
    k += widthOf(code);
  }
  return k;
}
