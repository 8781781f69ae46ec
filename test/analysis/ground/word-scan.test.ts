import { describe, expect, it } from 'vitest';
import { scanWords, WORD_PATTERN } from '../../../src/analysis/ground/word-scan.ts';
import { expectSameOnRandomText } from '../../support/same-on-random-text.ts';

// Letters, numbers, both apostrophes, marks, astral letters and lone surrogates: what decides a word's edges.
const ALPHABET = [
  'a',
  'é',
  'ß',
  '7',
  '²',
  "'",
  '’',
  '\u0301',
  '𝐀',
  '\ud835',
  '\udc00',
  ' ',
  '-',
  '.',
  'ª',
  'k',
];

describe('scanWords', () => {
  it('gives the pattern’s words on prose', () => {
    const text = "new york’s mayor said 1,400 o'clock rock'n'roll fans’ 2nd-year";
    expect(scanWords(text)).toEqual(text.match(WORD_PATTERN));
  });

  it('gives the pattern’s words on thousands of random strings', () => {
    expectSameOnRandomText(
      { alphabet: ALPHABET, seeds: 3000, length: (seed) => 1 + (seed % 30) },
      (text) => scanWords(text),
      (text) => text.match(WORD_PATTERN) ?? [],
    );
  });
});
