// Word-level diff between two wordings of one quote, for showing a newsroom exactly what changed.
import type { DiffToken } from '../../types.ts';
import { tokenize } from './tokens.ts';

export function wordDiff(from: string, to: string): DiffToken[] {
  const a = tokenize(from);
  const b = tokenize(to);
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
  const out: DiffToken[] = [];
  const emit = (op: DiffToken['op'], text: string) => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += ` ${text}`;
    else out.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]?.key === b[j]?.key) {
      emit('same', (b[j] as { raw: string }).raw);
      i++;
      j++;
    } else if (((table[i + 1] as number[])[j] as number) >= ((table[i] as number[])[j + 1] as number)) {
      emit('removed', (a[i] as { raw: string }).raw);
      i++;
    } else {
      emit('added', (b[j] as { raw: string }).raw);
      j++;
    }
  }
  while (i < a.length) emit('removed', (a[i++] as { raw: string }).raw);
  while (j < b.length) emit('added', (b[j++] as { raw: string }).raw);
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
