import { describe, expect, it } from 'vitest';
import { trimClauseEnd } from '../../../src/analysis/offline/clause-end.ts';
import { randomText } from '../../support/random-text.ts';

const PATTERN = /[\s,;:]+$/u;
// Spaces of several kinds, the clause marks, other punctuation, letters and a surrogate pair's halves.
const ALPHABET = [' ', '\n', '\u00a0', '\u2003', ',', ';', ':', '.', 'a', 'Z', '’', '\ud835', '\udc00', '-'];

describe('trimClauseEnd', () => {
  it('gives the pattern’s replacement on clauses', () => {
    for (const text of ['the truce would hold, ', 'as follows: \n', 'plain', '', ' ;: ', 'Siobhán said;'])
      expect(trimClauseEnd(text)).toBe(text.replace(PATTERN, ''));
  });

  it('gives the pattern’s replacement on thousands of random strings', () => {
    for (let seed = 1; seed <= 5000; seed++) {
      const text = randomText(ALPHABET, seed, seed % 30);
      expect(trimClauseEnd(text), JSON.stringify(text)).toBe(text.replace(PATTERN, ''));
    }
  });
});
