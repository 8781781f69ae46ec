import { describe, expect, it } from 'vitest';
import { INDEX_MIN_LENGTH, textIndex } from '../../../src/analysis/ground/text-index.ts';
import { randomText } from '../../support/random-text.ts';

/** A long text of our own: sentences repeated with small changes, so needles occur many times, mid-word too. */
function longText(): string {
  const parts: string[] = [];
  for (let round = 0; parts.join(' ').length < INDEX_MIN_LENGTH * 2; round++) {
    parts.push(
      `The ferry crossed the bay at dawn, round ${round}.`,
      `“We kept the engines running all night,” said Captain Ilse Marrow (${round % 7}).`,
      'A carpenter mended the gangway; the gangway’s rail held.',
    );
  }
  return parts.join(' ');
}

describe('textIndex', () => {
  const text = longText();
  const index = textIndex(text);

  it('finds what indexOf finds, first occurrences and mid-word ones included', () => {
    const needles = [
      'said Captain Ilse Marrow (3)',
      'round 1234.',
      'carpenter mended the gangway',
      'arpenter mended the gangway; the', // starts inside a word
      '“We kept the engines running all night,”',
      text.slice(text.length - 40),
      text.slice(0, 30),
      'round 99999.', // not there
      'ferry', // shorter than what is hashed: searched directly
      'The ferry crossed the bay at noon',
    ];
    for (const needle of needles) expect(index.indexOf(needle)).toBe(text.indexOf(needle));
  });

  it('agrees with indexOf on slices taken at every kind of position', () => {
    for (let at = 0; at < text.length - 60; at += 997) {
      const needle = text.slice(at, at + 13 + (at % 40));
      expect(index.indexOf(needle)).toBe(text.indexOf(needle));
    }
  });

  it('agrees with indexOf for every needle length, from one character to well past a gram', () => {
    for (let at = 5; at < text.length - 100; at += 1_301) {
      for (let length = 1; length <= 90; length += 1 + (at % 3)) {
        const needle = text.slice(at, at + length);
        expect(index.indexOf(needle), needle).toBe(text.indexOf(needle));
        const changed = `${needle.slice(0, -1)}#`; // found nowhere, or only where a # is
        expect(index.indexOf(changed), changed).toBe(text.indexOf(changed));
      }
    }
  });

  it('agrees with indexOf from a given position: every later occurrence, in order', () => {
    for (const needle of [
      'carpenter mended the gangway',
      'said Captain Ilse Marrow (3)',
      'ferry',
      'the bay at noon',
    ]) {
      for (let from = 0; from <= text.length; from = text.indexOf(needle, from) + 1) {
        expect(index.indexOf(needle, from), `${needle} from ${from}`).toBe(text.indexOf(needle, from));
        if (text.indexOf(needle, from) < 0) break;
      }
    }
    // From an occurrence itself, from inside one, and from before the text or past it.
    const needle = 'said Captain Ilse Marrow (3)';
    const second = text.indexOf(needle, text.indexOf(needle) + 1);
    for (const from of [second, second + 1, second - 1, second + 5, -7, text.length + 3])
      expect(index.indexOf(needle, from), `from ${from}`).toBe(text.indexOf(needle, from));
    expect(index.indexOf('carpenter mended the gangway', text.length - 10)).toBe(-1);
  });

  it('searches a short text directly', () => {
    expect(textIndex('a short text').indexOf('text')).toBe(8);
  });
});

describe('textIndex on a text of one repeated phrase', () => {
  it('answers a needle absent or late as indexOf does, handing a crowded bucket to indexOf', () => {
    const text = `${'the ferry sailed. '.repeat(8_000)}the ferry sank.`;
    const index = textIndex(text);
    for (const needle of [
      'the ferry sailed. the ferry sank.',
      'sailed. the ferry sank.',
      'd. the ferry sank',
      'the ferry sailed. the ferry sailed. x',
      'ferry sailed. the',
    ])
      expect(index.indexOf(needle)).toBe(text.indexOf(needle));
  });
});

describe('textIndex on random text of a few letters', () => {
  it('agrees with indexOf where every gram is common and buckets are crowded', () => {
    const text = randomText(['a', 'b', 'c', ' '], 7, INDEX_MIN_LENGTH + 5_000);
    const index = textIndex(text);
    for (let seed = 1; seed <= 400; seed++) {
      const at = (seed * 7_919) % (text.length - 80);
      const needle =
        seed % 2
          ? text.slice(at, at + 8 + (seed % 60))
          : randomText(['a', 'b', 'c', ' '], seed, 9 + (seed % 20));
      expect(index.indexOf(needle), needle).toBe(text.indexOf(needle));
    }
  });
});
