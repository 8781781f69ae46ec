// Counting words as `/\S+/g` does (JavaScript's whitespace), without building the array of words: ingestion
// counts every line of every paste, often several times, and the offline rules the words of every candidate
// sentence. Likewise whether a whitespace collapse would change a statement at all, before one is made.

/** JavaScript's `\s`, by character code: ASCII spaces and controls answered at once. */
export function isSpaceCode(code: number): boolean {
  // Kept this small so the engine inlines it into the loops that ask it of every character.
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return isNonAsciiSpace(code);
}

function isNonAsciiSpace(code: number): boolean {
  if (code > 0xffff) return SPACE.test(String.fromCharCode(code));
  // Other BMP codes from a table filled on first sight: news copy is full of curly quotes and dashes, and
  // asking the pattern about each one (a string and a regex call) was a cost of its own in every word count.
  let known = NON_ASCII[code] as number;
  if (known === UNKNOWN) {
    known = SPACE.test(String.fromCharCode(code)) ? IS_SPACE : NOT_SPACE;
    NON_ASCII[code] = known;
  }
  return known === IS_SPACE;
}

const UNKNOWN = 0;
const IS_SPACE = 1;
const NOT_SPACE = 2;
const NON_ASCII = new Uint8Array(0x10000);

const SPACE = /\s/;

/** The number of maximal runs of non-whitespace characters (JavaScript's `\s`). */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Whether `text.replace(/\s+/g, ' ')` would change it: a whitespace character other than a lone space. */
export function hasSpaceToCollapse(text: string): boolean {
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = isSpaceCode(code);
    if (space && (code !== 32 || previousSpace)) return true;
    previousSpace = space;
  }
  return false;
}
