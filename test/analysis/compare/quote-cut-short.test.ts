import { describe, expect, it } from 'vitest';
import { alignQuotes } from '../../../src/analysis/compare/quote-alignment.ts';
import { findCutShort } from '../../../src/analysis/compare/quote-cut-short.ts';
import { makeSources } from './sources.ts';

const cutShort = (first: string, second: string) => {
  const sources = makeSources(
    ...[first, second].map((quote) => ({
      text: `Varga said on Monday: “${quote}” The hearing went on.`,
      quotes: [{ speaker: 'Ilse Varga', text: quote.replace(/\.$/, '') }],
    })),
  );
  const { clusters } = alignQuotes(sources.map((s) => s.sheet));
  return findCutShort(clusters, new Map(sources.map((s) => [s.sheet.id, s.text])));
};

describe('a quote ended early', () => {
  it('shows a sentence one source closes with a full stop where the other goes on', () => {
    const [item, ...rest] = cutShort(
      'I will never sign the harbour treaty in its present form, nor will I delay it.',
      'I will never sign the harbour treaty in its present form, nor will I delay it to suit the council',
    );
    expect(rest).toEqual([]);
    expect(item?.kind).toBe('quote_wording');
    expect(item?.severity).toBe('low');
    expect(item?.versions.map((v) => v.source)).toEqual(['S1', 'S2']);
    expect(item?.note).toContain('to suit the council');
  });

  it('never shows a longer cut of the speech, a marked omission or a cut at a comma', () => {
    const start = 'I will never sign the harbour treaty in its present form';
    expect(cutShort(`${start}.`, `${start}. The council knows why`)).toEqual([]);
    expect(cutShort(`${start}…`, `${start} while the council delays it`)).toEqual([]);
    expect(cutShort(`${start}.`, `${start}, and the council knows why`)).toEqual([]);
  });
});
