import { describe, expect, it } from 'vitest';
import { namesOf } from '../../../src/analysis/ground/names-of.ts';
import { randomText } from '../../support/random-text.ts';

/**
 * The capitalised words as the pattern /\p{Lu}[\p{L}'’-]*\/gu finds them, each kept unless what comes before it
 * (over spaces) opens a sentence, and split at its joiners: what namesOf reads by character codes.
 */
function byPattern(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/\p{Lu}[\p{L}'’-]*/gu)) {
    const before = text.slice(0, match.index).trimEnd();
    if (before === '' || '.!?:;"“‘«(-–—'.includes(before.at(-1) as string)) continue;
    const word = match[0].replace(/['’]s$/u, '').replace(/[-'’]+$/u, '');
    if (!/['’-]/u.test(match[0])) {
      if (match[0].length >= 2) names.push(match[0]);
      continue;
    }
    for (const part of word.split(/[-'’]/u)) if (part.length >= 2) names.push(part);
  }
  return names;
}

// Capitals ASCII and not, an astral capital and its halves alone, lower case, joiners, spaces and sentence ends.
const ALPHABET = ['A', 'b', 'É', 'ß', '𝐀', '\ud835', '\udc00', 'x', "'", '’', '-', ' ', '.', '“', '7'];

describe('namesOf', () => {
  it('finds the words the pattern finds, on thousands of random texts', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const text = randomText(ALPHABET, seed, 1 + (seed % 50));
      expect(namesOf(text), JSON.stringify(text)).toEqual(byPattern(text));
    }
  });
});
