import { describe, expect, it } from 'vitest';
import { isUpperCase } from '../../../src/analysis/offline/upper-case.ts';
import { expectSameOnRandomText } from '../../support/same-on-random-text.ts';

// ASCII of both cases, letters past ASCII that map to themselves, to one letter or to two ("ß" → "SS"), digits,
// spaces and marks: what decides whether upper-casing leaves a word as it is.
const ALPHABET = ['a', 'Z', 'é', 'É', 'ß', 'ǅ', 'ﬁ', '7', ' ', '.', '’', '“', '-', 'Ω', 'ω', '𝐀'];

describe('isUpperCase', () => {
  it('reads shouted and ordinary words', () => {
    expect(isUpperCase('LESTRIA PORT AUTHORITY')).toBe(true);
    expect(isUpperCase('Tomas Reyes')).toBe(false);
    expect(isUpperCase('ILSE BRANDT’S')).toBe(true);
    expect(isUpperCase('')).toBe(true);
  });

  it('gives what comparing with toUpperCase gives, on thousands of random strings', () => {
    expectSameOnRandomText(
      { alphabet: ALPHABET, seeds: 5000, length: (seed) => seed % 12 },
      (text) => isUpperCase(text),
      (text) => text === text.toUpperCase(),
    );
  });
});
