import { describe, expect, it } from 'vitest';
import { normalizeNeedle, normalizeWithMap } from '../../../src/analysis/ground/normalize.ts';

/** The original character each normalised character came from, in order. */
function origins(text: string): string[] {
  const { origin } = normalizeWithMap(text);
  return [...origin].map((at) => text[at] as string);
}

describe('normalizeWithMap', () => {
  it('drops quote marks, folds case, and joins a run of spaces into one', () => {
    const text = '“The Ferry”  sails\tat\u00a0DAWN';
    expect(normalizeWithMap(text).text).toBe('the ferry sails at dawn');
    expect(origins(text)).toEqual([...'The Ferry sails\tat\u00a0DAWN']);
  });

  it('writes every dash style, with or without spaces, as " - ", mapped to the dash', () => {
    for (const text of ['home—and', 'home - and', 'home -- and', 'home – and', 'home\u2212and'])
      expect(normalizeWithMap(text).text).toBe('home - and');
    const { text, origin } = normalizeWithMap('home—and');
    expect(origin[text.indexOf('-')]).toBe(4);
  });

  it('reads an ellipsis character as three dots, each mapped back to it', () => {
    const { text, origin } = normalizeWithMap('Wait… go');
    expect(text).toBe('wait... go');
    expect([...origin].slice(4, 7)).toEqual([4, 4, 4]);
  });

  it('keeps a lower case longer than its letter, every part mapped to that letter', () => {
    const { text, origin } = normalizeWithMap('İzmir');
    expect(text).toBe('i\u0307zmir');
    expect([...origin].slice(0, 2)).toEqual([0, 0]);
  });

  it('folds each letter alone, as the string method does for one character, and keeps a lone surrogate', () => {
    expect(normalizeWithMap('ΟΔΟΣ').text).toBe('οδοσ');
    expect(normalizeWithMap('a\ud800b').text).toBe('a\ud800b');
  });

  it('grows past the text’s own length when an article is full of ellipses', () => {
    const text = '…'.repeat(40);
    const normalized = normalizeWithMap(text);
    expect(normalized.text).toBe('.'.repeat(120));
    expect(normalized.origin).toHaveLength(120);
  });

  it('joins a long text’s slices in order, a lone surrogate at a slice’s edge kept', () => {
    // 8,192 units a slice: the surrogate falls on the last unit of the first.
    const text = `${'Ferry '.repeat(1365)}a\ud800${'Dock '.repeat(2000)}`;
    const normalized = normalizeWithMap(text);
    expect(normalized.text).toBe(`${'ferry '.repeat(1365)}a\ud800${'dock '.repeat(1999)}dock`);
    expect(normalized.origin[8191]).toBe(8191);
    expect(normalized.origin.at(-1)).toBe(text.length - 2);
  });
});

describe('normalizeNeedle', () => {
  it('trims the punctuation at either end of a quote as given', () => {
    expect(normalizeNeedle('“We will stay open,”')).toBe('we will stay open');
  });
});
