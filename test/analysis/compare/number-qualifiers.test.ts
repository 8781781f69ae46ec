import { describe, expect, it } from 'vitest';
import { alignSpecs, factSpec } from './sources.ts';

const numbers = alignSpecs;
const fact = factSpec;

describe('one figure with and without "about"', () => {
  it('is an agreement, not a difference: both hold at the figure', () => {
    const { consensus, disagreements } = numbers(
      fact('The ward is 42 percent Portuguese-speaking, the census office said'),
      fact('The census office says the ward is roughly 42 percent Portuguese-speaking'),
    );
    expect(disagreements).toEqual([]);
    expect(consensus.map((c) => c.sources)).toEqual([['S1', 'S2']]);
  });

  it('still shows "more than" or "nearly" against the figure itself, as low', () => {
    for (const other of ['more than 6,000', 'nearly 6,000']) {
      const { disagreements } = numbers(
        fact('The stoppage left 6,000 dock workers without pay'),
        fact(`The stoppage left ${other} dock workers without pay`),
      );
      expect(disagreements.map((d) => d.severity)).toEqual(['low']);
    }
  });
});
