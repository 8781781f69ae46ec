// Counting words as `text.split(/\s+/).filter(Boolean).length` does, without building the array: the fact
// and evidence rules count the words of every candidate sentence, several times over. Likewise whether a
// whitespace collapse would change a statement at all, before one is made.
import { isSpaceCode } from '../char-classes.ts';

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
