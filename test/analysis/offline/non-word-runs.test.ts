import { describe, expect, it } from 'vitest';
import { NON_WORD_RUN, spaceNonWords } from '../../../src/analysis/offline/non-word-runs.ts';
import { randomText } from '../../support/random-text.ts';

// Letters, numbers, marks, punctuation, spaces, astral letters and lone surrogates: what decides a run's edges.
const ALPHABET = [
  'a',
  'Z',
  'é',
  '7',
  '²',
  '٣',
  '\u0301',
  '𝐀',
  '\ud835',
  '\udc00',
  ' ',
  '\n',
  ',',
  '’',
  '-',
  '“',
  '$',
  'ª',
];

describe('spaceNonWords', () => {
  it('gives the pattern’s replacement on prose', () => {
    const text = 'Storm Hester: 40,000 homes — “without power”, Siobhán said. ';
    expect(spaceNonWords(text)).toBe(text.replace(NON_WORD_RUN, ' '));
    expect(spaceNonWords('')).toBe('');
    expect(spaceNonWords('plain')).toBe('plain');
  });

  it('gives the pattern’s replacement on thousands of random strings', () => {
    for (let seed = 1; seed <= 5000; seed++) {
      const text = randomText(ALPHABET, seed, seed % 50);
      expect(spaceNonWords(text), JSON.stringify(text)).toBe(text.replace(NON_WORD_RUN, ' '));
    }
  });
});
