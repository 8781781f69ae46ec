import { describe, expect, it } from 'vitest';
import { PUNCTUATION_MARKS, scanTokens } from '../../../src/analysis/offline/token-scan.ts';
import { TOKEN_PATTERN, tokenize } from '../../../src/analysis/offline/tokens.ts';
import { expectSameOnRandomText } from '../../support/same-on-random-text.ts';

/** What the pattern's exec loop gives for text[from, to): [start, end] pairs in article offsets. */
function byPattern(text: string, from = 0, to = text.length): [number, number][] {
  const slice = text.slice(from, to);
  const pattern = new RegExp(TOKEN_PATTERN);
  const out: [number, number][] = [];
  for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
    out.push([from + m.index, from + m.index + m[0].length]);
  }
  return out;
}

function byScanner(text: string, from = 0, to = text.length): [number, number][] {
  const out: [number, number][] = [];
  scanTokens(text, from, to, (start, end) => out.push([start, end]));
  return out;
}

// Characters that decide token edges: digits and their separators, apostrophes, hyphens, dots, combining
// marks, non-ASCII letters and numbers, astral letters, lone surrogates, the punctuation tokens, spaces.
const ALPHABET = [
  'a',
  'Z',
  'é',
  'ß',
  '7',
  '0',
  '²',
  '½',
  '٣',
  ',',
  '.',
  "'",
  '’',
  '-',
  '\u0301',
  '𝐀',
  '\ud835',
  '\udc00',
  ' ',
  '\n',
  '“',
  '”',
  '‘',
  '"',
  '(',
  ')',
  '%',
  '!',
  '?',
  ';',
  ':',
  '\u2013',
  '\u2014',
  '$',
  '/',
  '#',
  'ª',
  'Ã',
  'Â',
  '©',
  '¡',
  '\u0080',
  '\u00bf',
  'A',
  '\u0303',
];

const RANDOM = { alphabet: ALPHABET, seeds: 3000, length: (seed: number) => 1 + (seed % 40) };

/** The slice [from, to) a seed's string is also scanned in: a few characters off either end. */
function sliceOf(text: string, seed: number): [number, number] {
  const from = seed % 5;
  return [from, Math.max(from, text.length - (seed % 3))];
}

describe('scanTokens', () => {
  it('gives the tokeniser pattern’s matches on news text', () => {
    const text =
      'KORVIN, March 9 (Meridian Wire) - “It is over,” said Khaled al-Mansouri. Lestria’s 2,300 troops; a 42-day pause, 4.25% and 1.5.6 too.';
    expect(byScanner(text)).toEqual(byPattern(text));
  });

  it('gives the pattern’s matches on thousands of random strings, whole and in slices', () => {
    expectSameOnRandomText(
      RANDOM,
      (text) => byScanner(text),
      (text) => byPattern(text),
    );
    expectSameOnRandomText(
      RANDOM,
      (text, seed) => byScanner(text, ...sliceOf(text, seed)),
      (text, seed) => byPattern(text, ...sliceOf(text, seed)),
    );
  });

  it('flags as words exactly the tokens that are not one punctuation mark, on random strings', () => {
    // The definition the scanner's flag replaced: a Set of the marks, asked of every token's text.
    const marks = new Set([...PUNCTUATION_MARKS]);
    expectSameOnRandomText(
      RANDOM,
      (text) => tokenize(text).map((t) => t.word),
      (text) => tokenize(text).map((t) => t.text.length > 1 || !marks.has(t.text)),
    );
  });

  it('keeps a misdecoded letter’s two halves in one word, and reads the signs alone as before', () => {
    const text = 'Prosecutor Marc TrÃ©vidic and SarukhÃÂ¡n met KA\u0303\u0083rber; © 2016 ¡Hola! Ã alone';
    const words = tokenize(text).map((t) => t.text);
    expect(words).toEqual(byPattern(text).map(([start, end]) => text.slice(start, end)));
    expect(words).toContain('TrÃ©vidic');
    expect(words).toContain('SarukhÃÂ¡n');
    expect(words).toContain('KA\u0303\u0083rber');
    expect(words).not.toContain('©');
  });

  it('is what tokenize returns, text and offsets', () => {
    const text = 'Mr. Doe’s 1,400-strong “crew” left at 6:40.';
    expect(tokenize(text).map((t) => [t.start, t.end, t.text])).toEqual(
      byPattern(text).map(([start, end]) => [start, end, text.slice(start, end)]),
    );
  });
});
