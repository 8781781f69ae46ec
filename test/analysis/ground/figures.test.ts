import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../../src/analysis/ground/figures.ts';
import { randomText } from '../../support/random-text.ts';

/** The patterns the scan stands for. */
function byPattern(text: string): string[] {
  const joined = text.replace(/(\d)[,\u00a0\u202f ](?=\d{3}\b)/g, '$1');
  return (joined.match(/\d+/g) ?? []).map((digits) => digits.replace(/^0+(?=\d)/, ''));
}

// Digits, every separator, word characters that end or continue a group, and marks that do not.
const ALPHABET = ['0', '1', '7', ',', ' ', '\u00a0', '\u202f', 'a', 'Z', '_', '.', ':', '-', 'é', '٣'];

describe('figuresOf', () => {
  it('reads figures as a news text writes them', () => {
    expect(
      figuresOf('About 1,400 people (1 400 by one count) left at 6:40 on 07 May, 2024; 12,34 and 1,2345.'),
    ).toEqual(['1400', '1400', '6', '40', '7', '2024', '12', '34', '1', '2345']);
    expect(figuresOf('1,234,567 and 000 and 1,234x')).toEqual(['1234567', '0', '1', '234']);
  });

  it('gives what the patterns give on thousands of random texts', () => {
    for (let seed = 1; seed <= 4000; seed++) {
      const text = randomText(ALPHABET, seed, 1 + (seed % 40));
      expect(figuresOf(text), JSON.stringify(text)).toEqual(byPattern(text));
    }
  });
});
