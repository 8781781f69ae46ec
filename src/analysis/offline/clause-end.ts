// `text.replace(/[\s,;:]+$/u, '')`, read back from the end: a claim's and a fact's evidence lose the spaces and
// clause punctuation they end on. The pattern, anchored only at its end, was tried from every character of
// the sentence; the loop reads only the characters it removes and the one it stops at.
import { isSpaceCode } from '../../util/word-count.ts';

export function trimClauseEnd(text: string): string {
  let end = text.length;
  while (end > 0) {
    const code = text.charCodeAt(end - 1);
    if (code !== 44 && code !== 59 && code !== 58 && !isSpaceCode(code)) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}
