import { describe, expect, it } from 'vitest';
import { findQuotedTitleSpellings } from '../../../src/analysis/compare/quoted-title-spelling.ts';
import { verifyFlags } from '../../../src/analysis/compare/verify-flag.ts';
import { makeSources } from './sources.ts';

const spellings = (...texts: string[]) => {
  const sources = makeSources(...texts.map((text) => ({ text })));
  return verifyFlags(findQuotedTitleSpellings(sources), sources);
};

describe('a quoted title spelt differently', () => {
  it('shows one word of a quoted title spelt another way, as low', () => {
    const [item, ...rest] = spellings(
      'The memo cites a scene from “The Lantern Keeper: Part II” as a warning.',
      'It was a nod to a character in “The Lanturn Keeper: Part II,” the filing said.',
    );
    expect(rest).toEqual([]);
    expect(item?.kind).toBe('name');
    expect(item?.severity).toBe('low');
    expect(item?.versions.map((v) => v.text)).toEqual([
      'The Lantern Keeper: Part II',
      'The Lanturn Keeper: Part II',
    ]);
  });

  it('never flags a plural, another numeral, a sentence in quotes or a source using both spellings', () => {
    expect(spellings('He read “Harbour Tales” aloud.', 'He read “Harbour Tale” aloud.')).toEqual([]);
    expect(spellings('It was “Lantern Keeper II” then.', 'It was “Lantern Keeper III” then.')).toEqual([]);
    expect(
      spellings(
        'She said “the lantern keeper left early” today.',
        'She said “the lanturn keeper left early” today.',
      ),
    ).toEqual([]);
    expect(
      spellings(
        'A scene from “The Lantern Keeper” ran. Some wrote “The Lanturn Keeper” instead.',
        'A scene from “The Lanturn Keeper” ran.',
      ),
    ).toEqual([]);
  });
});
