import { describe, expect, it } from 'vitest';
import { lastIndexBefore } from '../../../src/analysis/offline/span-search.ts';

describe('lastIndexBefore', () => {
  const starts = [3, 7, 7, 12];
  const find = (offset: number) => lastIndexBefore(starts, offset, (start) => start);

  it('gives the last item starting before the offset, as filtering and taking the last would', () => {
    for (let offset = 0; offset <= 14; offset++) {
      const expected = starts
        .map((start, index) => [start, index] as const)
        .filter(([start]) => start < offset);
      expect(find(offset)).toBe(expected.at(-1)?.[1] ?? -1);
    }
  });

  it('is -1 for an empty list', () => {
    expect(lastIndexBefore([], 5, (start: number) => start)).toBe(-1);
  });
});
