// The registry's mentions in text order. It finds them in two passes (names of two or more words, then the
// single words), each in text order, so the two lists are merged rather than sorted.
import type { Mention } from './entities.ts';

/**
 * Two lists of mentions, each in text order (runs are found sentence by sentence, word by word), as one:
 * what a stable sort of their concatenation by start gave, without a comparator call per pair.
 */
export function mergeByStart(a: Mention[], b: Mention[]): Mention[] {
  if (!inOrder(a) || !inOrder(b)) return [...a, ...b].sort((x, y) => x.start - y.start);
  const merged: Mention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length)
    merged.push(
      (a[i] as Mention).start <= (b[j] as Mention).start ? (a[i++] as Mention) : (b[j++] as Mention),
    );
  while (i < a.length) merged.push(a[i++] as Mention);
  while (j < b.length) merged.push(b[j++] as Mention);
  return merged;
}

function inOrder(mentions: Mention[]): boolean {
  for (let m = 1; m < mentions.length; m++)
    if ((mentions[m] as Mention).start < (mentions[m - 1] as Mention).start) return false;
  return true;
}
