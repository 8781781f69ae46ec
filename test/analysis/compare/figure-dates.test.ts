import { describe, expect, it } from 'vitest';
import { alignNumbers } from '../../../src/analysis/compare/number-differences.ts';
import { readFigures } from '../../../src/analysis/compare/number-facts.ts';
import { makeSources, type SourceSpec } from './sources.ts';

const numbers = (...specs: SourceSpec[]) => {
  const sources = makeSources(...specs);
  return alignNumbers(
    sources.map((s) => s.sheet),
    new Map(sources.map((s) => [s.sheet.id, s.text])),
  );
};

describe('a day of the month', () => {
  it('is a date, never a count of what follows it', () => {
    expect(readFigures('families of those killed in the Oct. 14 bombing')).toEqual([]);
    expect(readFigures('the March 3 storm left 12 people dead').map((f) => f.value)).toEqual([12]);
    // "may" before a figure is no month.
    expect(readFigures('the board may 12 times a year review it').map((f) => f.value)).toEqual([12]);
  });

  it('gives no agreement or flag on the day alone', () => {
    const { consensus, disagreements } = numbers(
      {
        text: 'The council voted to let families of those killed in the Oct. 14 bombing sue the contractor.',
      },
      { text: 'Relatives of the Oct. 14 bombing victims, of whom 9 were killed, may now sue.' },
    );
    expect(consensus).toEqual([]);
    expect(disagreements).toEqual([]);
  });
});
