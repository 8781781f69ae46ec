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

/** Classes of the other BMP code points, filled in on first sight; UNKNOWN until then. */
const UNKNOWN = 0xff;
const BMP = new Uint8Array(0x10000).fill(UNKNOWN);
const ASTRAL = new Map<number, number>();

/** The classes of a code point (a lone surrogate has none), as bits LETTER | NUMBER | MARK. */
export function classesOf(codePoint: number): number {
  if (codePoint < 128) return ASCII[codePoint] as number;
  if (codePoint < 0x10000) {
    let classes = BMP[codePoint] as number;
    if (classes === UNKNOWN) {
      classes = askPatterns(codePoint);
      BMP[codePoint] = classes;
    }
    return classes;
  }
  let classes = ASTRAL.get(codePoint);
  if (classes === undefined) {
    classes = askPatterns(codePoint);
    ASTRAL.set(codePoint, classes);
  }
  return classes;
}

function askPatterns(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  return (
    (/\p{L}/u.test(char) ? LETTER : 0) | (/\p{N}/u.test(char) ? NUMBER : 0) | (/\p{M}/u.test(char) ? MARK : 0)
  );
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
