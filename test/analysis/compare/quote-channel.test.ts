import { describe, expect, it } from 'vitest';
import { alignQuotes } from '../../../src/analysis/compare/quote-alignment.ts';
import { findQuoteChannels } from '../../../src/analysis/compare/quote-channel.ts';
import { verifyFlags } from '../../../src/analysis/compare/verify-flag.ts';
import { makeSources } from './sources.ts';

const QUOTE = 'If the council will not fund the pier, the regatta should not go ahead';

const channels = (...texts: string[]) => {
  const sources = makeSources(
    ...texts.map((text) => ({ text, quotes: [{ speaker: 'Ilse Varga', text: QUOTE }] })),
  );
  const { clusters } = alignQuotes(sources.map((s) => s.sheet));
  return verifyFlags(findQuoteChannels(clusters, new Map(sources.map((s) => [s.sheet.id, s.text]))), sources);
};

describe('the same quote given by different channels', () => {
  it('shows a statement against a tweet, low, with the sentences that say so', () => {
    const [item, ...rest] = channels(
      `The mayor was silent. “The pier matters,” Ms. Varga said in a statement. “${QUOTE}.”`,
      `Varga tweeted on Friday: “${QUOTE}.”`,
    );
    expect(rest).toEqual([]);
    expect(item?.kind).toBe('other');
    expect(item?.severity).toBe('low');
    expect(item?.versions.map((v) => v.text)).toEqual([
      '“The pier matters,” Ms. Varga said in a statement.',
      `Varga tweeted on Friday: “${QUOTE}.”`,
    ]);
  });

  it('never reads a channel inside quotation marks, in another paragraph or of someone else', () => {
    const tweet = `Varga tweeted on Friday: “${QUOTE}.”`;
    expect(channels(`Varga said: “I put it in a statement. ${QUOTE}.”`, tweet)).toEqual([]);
    expect(channels(`Varga said in a statement on Monday.\n“${QUOTE},” she added.`, tweet)).toEqual([]);
    expect(
      channels(`Olsen said in a statement that the pier was sound. “${QUOTE},” Varga said.`, tweet),
    ).toEqual([]);
  });
});
