import { describe, expect, it } from 'vitest';
import { textWords } from '../../../src/analysis/ground/text-words.ts';
import { WORD_PATTERN } from '../../../src/analysis/ground/word-scan.ts';
import { randomText } from '../../support/random-text.ts';

/** The Set the search stands for: the pattern's words of the lower-cased texts, and their apostrophe parts. */
function bySet(texts: string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of text.toLowerCase().match(WORD_PATTERN) ?? []) {
      words.add(word);
      for (const part of word.split(/['’]/u)) words.add(part);
    }
  }
  return words;
}

// Letters (one astral), numbers, both apostrophes, a mark, lone surrogates, spaces and a capital: what decides
// whether a stretch of text is a word of its own.
const ALPHABET = ['a', 'b', 'é', 'B', '7', '²', "'", '’', '\u0301', '𝐀', '\ud835', '\udc00', ' ', '-', 'ª'];
/** Text around names: capitals, a letter whose lower case is two (İ), a circled capital, a final sigma. */
const NAME_ALPHABET = ['A', 'b', 'B', 'İ', 'Ⓐ', 'Σ', 'é', '7', '’', ' ', '-', '\u0301'];
/** Words asked about: letters only (the search) and others (the list). */
const WORD_ALPHABET = ['a', 'b', 'é', '𝐀', 'ª', '7', "'"];

describe('textWords', () => {
  it('answers as the list of words and parts on prose', () => {
    const text = "New York’s mayor met Ed at 6 o'clock; rock'n'roll fans’ 2nd-year a'b2 z'y'x9";
    const words = textWords([text, 'A Headline']);
    const list = bySet([text, 'A Headline']);
    for (const word of [
      'york',
      'york’s',
      's',
      'ed',
      'e',
      'rock',
      'n',
      'roll',
      'b',
      'b2',
      'y',
      'x',
      'x9',
      'headline',
      'nd',
      '',
    ])
      expect(words.has(word), word).toBe(list.has(word));
  });

  it('answers as the list on thousands of random texts and words', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const texts = [
        randomText(ALPHABET, seed, 1 + (seed % 60)),
        randomText(ALPHABET, seed * 7 + 3, seed % 9),
      ];
      const words = textWords(texts);
      const list = bySet(texts);
      // Words drawn from the texts themselves (so most are present somewhere) and made up.
      const lowered = texts[0]?.toLowerCase() ?? '';
      for (let k = 0; k < 8; k++) {
        const from = (seed * (k + 1)) % Math.max(1, lowered.length);
        const asked = [
          lowered.slice(from, from + 1 + (k % 4)),
          randomText(WORD_ALPHABET, seed * 31 + k, 1 + (k % 3)),
          ...list,
        ];
        for (const word of asked) expect(words.has(word), JSON.stringify([texts, word])).toBe(list.has(word));
      }
    }
  });
  it('finds a name as written exactly when its lower case is in the list', () => {
    const lower = (name: string) => name.toLowerCase();
    for (let seed = 1; seed <= 2000; seed++) {
      const texts = [randomText(NAME_ALPHABET, seed, 1 + (seed % 40)), 'A Headline'];
      const words = textWords(texts);
      const list = bySet(texts);
      for (let k = 0; k < 6; k++) {
        const from = (seed * (k + 1)) % Math.max(1, (texts[0] as string).length);
        for (const name of [
          (texts[0] as string).slice(from, from + 1 + (k % 4)),
          randomText(['A', 'b', 'B', 'é'], seed * 13 + k, 1 + (k % 3)),
          'Headline',
        ])
          expect(words.hasName(name, lower), JSON.stringify([texts, name])).toBe(list.has(lower(name)));
      }
    }
  });
});
