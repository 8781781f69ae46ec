// Counting words as `text.split(/\s+/).filter(Boolean).length` does, without building the array: the fact
// and evidence rules count the words of every candidate sentence, several times over.

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

/** `/\s/` on one UTF-16 code unit: ASCII compared directly, the rest by the pattern itself. */
function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}

const SPACE = /\s/;
