import { describe, expect, it } from 'vitest';
import { LETTER_WORD, letterWordEnd, letterWordStart } from '../../../src/analysis/offline/letter-words.ts';
import { randomText } from '../../support/random-text.ts';

function scanned(text: string): string[] {
  const words: string[] = [];
  for (let at = letterWordStart(text, 0); at < text.length; ) {
    const end = letterWordEnd(text, at);
    words.push(text.slice(at, end));
    at = letterWordStart(text, end);
  }
  return words;
}
// Letters (one astral, one combining mark after a letter), the three joiners, spaces, digits, lone halves.
const ALPHABET = ['a', 'Z', 'é', '𝐀', '\u0301', "'", '’', '-', ' ', '7', '\ud835', '\udc00', ','];

describe('letter words', () => {
  it('gives the pattern’s words', () => {
    const text = "the mayor's re-elected aide won’t say -- 'no' 2,400-strong";
    expect(scanned(text)).toEqual(text.match(LETTER_WORD));
  });

  it('gives the pattern’s words on thousands of random strings', () => {
    for (let seed = 1; seed <= 5000; seed++) {
      const text = randomText(ALPHABET, seed, seed % 40);
      expect(scanned(text), JSON.stringify(text)).toEqual(text.match(LETTER_WORD) ?? []);
    }
  });
});
