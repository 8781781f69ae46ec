// Word-level diff between two wordings of one quote, for showing a newsroom exactly what changed.
import type { DiffToken } from '../../types.ts';
import { type Token, tokenize } from './tokens.ts';

export function wordDiff(from: string, to: string): DiffToken[] {
  return mergeSteps(diffSteps(tokenize(from), tokenize(to)));
}

/** One word of the diff: in both wordings (a pair of tokens), or in one only. */
export type DiffStep =
  | { op: 'same'; from: Token; to: Token }
  | { op: 'removed'; from: Token }
  | { op: 'added'; to: Token };

/** The diff word by word, for callers that need each word's place in its wording. */
export function diffSteps(a: Token[], b: Token[]): DiffStep[] {
  // Classic LCS table; quotes are short, so O(n·m) is a few thousand cells.
  const table: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = table[i] as number[];
      row[j] =
        a[i]?.key === b[j]?.key
          ? ((table[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((table[i + 1] as number[])[j] as number, row[j + 1] as number);
    }
  }
  const out: DiffStep[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]?.key === b[j]?.key) out.push({ op: 'same', from: a[i++] as Token, to: b[j++] as Token });
    else if (((table[i + 1] as number[])[j] as number) >= ((table[i] as number[])[j + 1] as number))
      out.push({ op: 'removed', from: a[i++] as Token });
    else out.push({ op: 'added', to: b[j++] as Token });
  }
  while (i < a.length) out.push({ op: 'removed', from: a[i++] as Token });
  while (j < b.length) out.push({ op: 'added', to: b[j++] as Token });
  return out;
}

/** Steps as runs of one kind, each word as the second wording writes it (the first, for removed words). */
export function mergeSteps(steps: readonly DiffStep[]): DiffToken[] {
  const out: DiffToken[] = [];
  for (const step of steps) {
    const text = step.op === 'removed' ? step.from.raw : step.to.raw;
    const last = out[out.length - 1];
    if (last && last.op === step.op) last.text += ` ${text}`;
    else out.push({ op: step.op, text });
  }
  return out;
}

/** Share of words two wordings have in common, in order (0..1). */
export function wordSimilarity(x: string, y: string): number {
  const a = tokenize(x).length;
  const b = tokenize(y).length;
  if (a + b === 0) return 1;
  const same = wordDiff(x, y)
    .filter((token) => token.op === 'same')
    .reduce((count, token) => count + token.text.split(' ').length, 0);
  return (2 * same) / (a + b);
}
