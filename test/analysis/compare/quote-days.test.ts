import { describe, expect, it } from 'vitest';
import { findQuoteDays } from '../../../src/analysis/compare/quote-days.ts';
import { verifyFlags } from '../../../src/analysis/compare/verify-flag.ts';
import { makeSources } from './sources.ts';

const QUOTE = 'There are no talks with the northern council';

describe('the same quote tied to different days', () => {
  it('flags two weekdays for one quote, each in its own sentence', () => {
    const sources = makeSources(
      {
        text: `Ivan Morek on Thursday insisted: “${QUOTE}.” The port stayed shut.`,
        quotes: [{ speaker: 'Ivan Morek', text: QUOTE }],
      },
      {
        text: `The port stayed shut. “${QUOTE},” Ivan Morek said on Friday.`,
        quotes: [{ speaker: 'Ivan Morek', text: QUOTE }],
      },
    );
    const [item, ...rest] = verifyFlags(findQuoteDays(sources), sources);
    expect(rest).toEqual([]);
    expect(item?.kind).toBe('date');
    expect(item?.versions.map((v) => v.text)).toEqual([
      `Ivan Morek on Thursday insisted: “${QUOTE}.”`,
      `“${QUOTE},” Ivan Morek said on Friday.`,
    ]);
  });

  it('says nothing when a sentence names no day, two days, or the same day', () => {
    const one = (text: string) => ({ text, quotes: [{ speaker: 'Ivan Morek', text: QUOTE }] });
    expect(
      findQuoteDays(makeSources(one(`Morek said on Friday: “${QUOTE}.”`), one(`Morek said: “${QUOTE}.”`))),
    ).toEqual([]);
    expect(
      findQuoteDays(
        makeSources(
          one(`Morek said on Friday, after Monday's vote: “${QUOTE}.”`),
          one(`Morek said on Monday: “${QUOTE}.”`),
        ),
      ),
    ).toEqual([]);
    expect(
      findQuoteDays(
        makeSources(one(`Morek said on Friday: “${QUOTE}.”`), one(`“${QUOTE},” Morek said Friday.`)),
      ),
    ).toEqual([]);
  });
});
