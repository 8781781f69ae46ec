import { describe, expect, it } from 'vitest';
import { findPricesOfMeasures } from '../../../src/analysis/compare/price-of-measure.ts';
import { verifyFlags } from '../../../src/analysis/compare/verify-flag.ts';
import { makeSources } from './sources.ts';

const prices = (...texts: string[]) => {
  const sources = makeSources(...texts.map((text) => ({ text })));
  return verifyFlags(findPricesOfMeasures(sources), sources);
};

describe('the same measured quantity priced two ways', () => {
  it('shows two sums tied to one particular measure, reading "That will buy" back one sentence', () => {
    const [item, ...rest] = prices(
      'The fencing budget will come to about $9 million in all. That will buy some 137 miles of fence, aides said.',
      'The bill gave none of the $6.2 million that Mr. Hale wanted for 137 miles of fence.',
    );
    expect(rest).toEqual([]);
    expect(item?.kind).toBe('number');
    expect(item?.versions.map((v) => v.text)).toEqual([
      'The fencing budget will come to about $9 million in all. That will buy some 137 miles of fence, aides said.',
      'The bill gave none of the $6.2 million that Mr. Hale wanted for 137 miles of fence.',
    ]);
  });

  it('never pairs a round measure, a sentence with two sums or one sum told alike', () => {
    expect(
      prices('$9 million buys 100 miles of fence.', 'The $6.2 million was for 100 miles of fence.'),
    ).toEqual([]);
    expect(
      prices(
        'Of $9 million and $2 million, the first buys 137 miles of fence.',
        'The $6.2 million was for 137 miles of fence.',
      ),
    ).toEqual([]);
    expect(
      prices('$6.2 million buys 137 miles of fence.', 'About $6.2 million was for 137 miles of fence.'),
    ).toEqual([]);
  });
});
