import { describe, expect, it } from 'vitest';
import { alignQuotes } from '../../../src/analysis/compare/quote-alignment.ts';
import { onlyQuotesLess } from '../../../src/analysis/compare/quoted-less.ts';
import { makeSources } from './sources.ts';

const variantsOf = (...texts: string[]) =>
  alignQuotes(
    makeSources(
      ...texts.map((text) => ({ text: `“${text}”`, quotes: [{ speaker: 'Ilse Brandt', text }] })),
    ).map((s) => s.sheet),
  ).variants;

describe('a source that only quotes less is no rewording', () => {
  it('takes the last sentence of a longer quote for a cut, not a change', () => {
    expect(
      variantsOf(
        'The harbour board will meet again on Monday and hear every crew',
        'We heard the pilots and the ferry crews tonight. The harbour board will meet again on Monday and hear every crew.',
      ),
    ).toEqual([]);
  });

  it('takes passages cut with an ellipsis for a cut', () => {
    expect(
      variantsOf(
        'Lestria will keep the night ferry … the board has the money for it',
        'Lestria will keep the night ferry, whatever Korvin says about the cost, because the board has the money for it.',
      ),
    ).toEqual([]);
    expect(
      variantsOf(
        'We owe the crews a fair deal. ... They kept the ferry running through the storm',
        'I want the board to act. ... We owe the crews a fair deal. ... They kept the ferry running through the storm.',
      ),
    ).toEqual([]);
  });

  it('takes a clause quoted alone, hyphens, dashes and an abbreviation’s dots for house style', () => {
    expect(
      variantsOf(
        'I am not against the Tarsa bridge',
        'I am strongly for the ferry and I am not against the Tarsa bridge',
      ),
    ).toEqual([]);
    expect(
      variantsOf(
        'the board will meet before year end to hear the crews',
        'The board will meet before year-end to hear the crews',
      ),
    ).toEqual([]);
    expect(
      variantsOf(
        'We owe it to the crews in Lestria—and we owe it to the F.B.I. agents too',
        'We owe it to the crews in Lestria — and we owe it to the FBI agents too',
      ),
    ).toEqual([]);
  });

  it('takes an expletive masked with asterisks for house style, but not another word', () => {
    expect(
      variantsOf(
        'It is a damn shame what Korvin did to the crews',
        'It is a d*** shame what Korvin did to the crews',
      ),
    ).toEqual([]);
    expect(
      variantsOf(
        'It is a damn shame what Korvin did to the crews',
        'It is a real shame what Korvin did to the crews',
      ),
    ).toHaveLength(1);
  });

  it('still shows a word changed inside the quote, beside a cut', () => {
    const variants = variantsOf(
      'The harbour board will meet again on Tuesday and hear every crew',
      'We heard the pilots and the ferry crews tonight. The harbour board will meet again on Monday and hear every crew.',
    );
    expect(variants).toHaveLength(1);
  });

  it('shows the pair that differs in words, not the pair where one source only cut the quote', () => {
    const variants = variantsOf(
      'We heard every crew. We have the money to keep the night ferry running.',
      'We have the money to keep the night ferry running',
      'We have the cash to keep the night ferry running',
    );
    expect(variants).toHaveLength(1);
    const changed = variants[0]?.diff.filter((token) => token.op !== 'same').map((token) => token.text);
    expect(changed).toContain('cash');
    // The diff reads from the first version to the second: the pair that differs leads.
    expect(variants[0]?.versions.map((version) => version.source)).toEqual(['S1', 'S3', 'S2']);
  });
});

describe('onlyQuotesLess', () => {
  it('takes two cuts of one speech, each beginning or ending at another point, for cuts', () => {
    expect(
      onlyQuotesLess(
        'However, the council will not stand by … while the harbour crews in Lestria go unpaid.',
        'The council will not stand by, as it promised the town, while the harbour crews in Lestria go unpaid',
      ),
    ).toBe(true);
    expect(
      onlyQuotesLess(
        'We will keep the night ferry running. We will pay every crew.',
        'Tonight I say it plainly to the council, we will keep the night ferry running',
      ),
    ).toBe(true);
    expect(
      onlyQuotesLess(
        'We will keep the night ferry running, and we will pay every crew.',
        'Tonight I say it plainly to the council, we will keep the night ferry running',
      ),
    ).toBe(false);
  });

  it('keeps a quote closed where the speaker’s sentence went on as a difference', () => {
    expect(
      onlyQuotesLess(
        'I kept telling them, ‘The ferry is coming back,’',
        'I kept telling them, ‘The ferry is coming back, the ferry is coming back,’',
      ),
    ).toBe(false);
  });

  it('never takes words the shorter quote has and the longer lacks for a cut', () => {
    expect(
      onlyQuotesLess(
        'Lestria will keep the night ferry running',
        'We heard the crews tonight. Lestria will keep the late ferry running',
      ),
    ).toBe(false);
  });
});
