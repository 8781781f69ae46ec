import { describe, expect, it } from 'vitest';
import { firstAtOrAfter } from '../../src/util/sorted-search.ts';

describe('firstAtOrAfter', () => {
  const own = (n: number) => n;

  it('finds the first item at or after a value, or the end', () => {
    const offsets = [2, 5, 5, 9];
    expect(firstAtOrAfter(offsets, 0, own)).toBe(0);
    expect(firstAtOrAfter(offsets, 5, own)).toBe(1);
    expect(firstAtOrAfter(offsets, 6, own)).toBe(3);
    expect(firstAtOrAfter(offsets, 10, own)).toBe(4);
    expect(firstAtOrAfter([], 3, own)).toBe(0);
  });

  it('reads the key of each item', () => {
    const quotes = [{ paragraph: 1 }, { paragraph: 3 }, { paragraph: 4 }];
    expect(firstAtOrAfter(quotes, 2, (quote) => quote.paragraph)).toBe(1);
  });
});
