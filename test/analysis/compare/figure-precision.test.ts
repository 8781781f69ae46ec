// One figure told at two precisions, decimals or trailing zeros; never a round figure any sum could round to.
import { describe, expect, it } from 'vitest';
import { sameAtPrecision } from '../../../src/analysis/compare/figure-precision.ts';
import type { Figure } from '../../../src/analysis/compare/number-facts.ts';

function figure(written: string, value: number): Figure {
  return {
    value,
    counts: null,
    qualifier: null,
    written,
    shown: written,
    subset: false,
    predicate: null,
    index: 0,
    head: null,
  };
}

describe('figures at two precisions', () => {
  it('reads "$12,480" and "$12,000", or "$1.375 million" and "$1.4 million", as one sum', () => {
    expect(sameAtPrecision([figure('12,480', 12_480), figure('12,000', 12_000)])).toBe(true);
    expect(sameAtPrecision([figure('1.375 million', 1_375_000), figure('1.4 million', 1_400_000)])).toBe(
      true,
    );
  });

  it('never reads "$12,700" as "$12,000", nor pairs anything with a one-digit round figure', () => {
    expect(sameAtPrecision([figure('12,700', 12_700), figure('12,000', 12_000)])).toBe(false);
    expect(sameAtPrecision([figure('820,000', 820_000), figure('800,000', 800_000)])).toBe(false);
    expect(sameAtPrecision([figure('12,480', 12_480), figure('12,470', 12_470)])).toBe(false);
  });
});
