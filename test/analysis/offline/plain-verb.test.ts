import { describe, expect, it } from 'vitest';
import { hasPlainVerb, PLAIN_VERB } from '../../../src/analysis/offline/plain-verb.ts';
import { expectSameOnRandomText } from '../../support/same-on-random-text.ts';

// The pieces of the pattern's words (auxiliaries, "n't" and "'ll" endings, -ed forms) and what borders a word
// under /iu: letters with and without case, the long s and the Kelvin sign (\w by case folding), digits,
// the underscore, a hyphen, both apostrophes, an astral letter, a lone surrogate and spaces.
const ALPHABET = [
  'is',
  'do',
  'ed',
  'n',
  't',
  'll',
  're',
  'wa',
  's',
  'a',
  'é',
  'ſ',
  'K',
  'ǅ',
  'ª',
  '7',
  '_',
  '-',
  "'",
  '’',
  '𝐀',
  '\ud835',
  ' ',
];

describe('hasPlainVerb', () => {
  it('answers as the pattern on news-like clauses', () => {
    for (const clause of [
      'the mayor announced a review',
      'she didn’t know',
      'they’ll return on Monday',
      'the café’s owner',
      'a well-planned route',
      'Dvořák doé',
      'no verb here at all',
    ])
      expect(hasPlainVerb(clause), clause).toBe(PLAIN_VERB.test(clause));
  });

  it('answers as the pattern on thousands of random strings', () => {
    expectSameOnRandomText(
      { alphabet: ALPHABET, seeds: 20_000, length: (seed) => 1 + (seed % 12) },
      (text) => hasPlainVerb(text),
      (text) => PLAIN_VERB.test(text),
    );
  });
});
