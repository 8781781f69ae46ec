import { describe, expect, it } from 'vitest';
import { NON_WORD_RUN, spaceNonWords } from '../../../src/analysis/offline/non-word-runs.ts';
import { expectSameOnRandomText } from '../../support/same-on-random-text.ts';

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
    expectSameOnRandomText(
      { alphabet: ALPHABET, seeds: 5000, length: (seed) => seed % 50 },
      (text) => spaceNonWords(text),
      (text) => text.replace(NON_WORD_RUN, ' '),
    );
  });
});
