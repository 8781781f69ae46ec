import { describe, expect, it } from 'vitest';
import { readFigures } from '../../../src/analysis/compare/number-facts.ts';
import { readings } from '../../../src/analysis/compare/number-readings.ts';
import type { SourceSheet } from '../../../src/types.ts';
import { alignSpecs } from './sources.ts';

const bodyReadings = (body: string) => [
  ...readings({ facts: [], quotes: [], summary: '' } as unknown as SourceSheet, body),
];

describe('figures read from the story outside its key facts', () => {
  it('keep their sentence whole across a title, an initial and a suffix', () => {
    const body =
      'TARSA -- Former Sen. Ida P. Marlow Jr. (R-Ore.) was fined $12,500 on Monday for misusing campaign money. She left.';
    const [found] = bodyReadings(body);
    expect(found?.figure.value).toBe(12_500);
    expect(found?.text).toBe(
      'TARSA -- Former Sen. Ida P. Marlow Jr. (R-Ore.) was fined $12,500 on Monday for misusing campaign money.',
    );
  });

  it('still end at a full stop after a plain word', () => {
    const texts = bodyReadings(
      'Crews pulled nine people from the river. Ms. Okafor said four were missing.',
    ).map((found) => found.text);
    expect(texts).toEqual(['Crews pulled nine people from the river.', 'Ms. Okafor said four were missing.']);
  });
});

describe('figures of the summary', () => {
  it("are read as a key fact's, so a count in the lede meets another source's", () => {
    const lede =
      'Mayor Dana Holt will back a housing plan that will call for new zoning rules and lay out 12 separate actions she could take alone, aides said Monday.';
    const { disagreements } = alignSpecs(
      { text: `${lede}\n\nThe council meets on Friday.`, summary: lede },
      {
        text: 'The administration is adding 15 executive actions. They take effect at once.',
        facts: [
          {
            statement: 'The administration is adding 15 executive actions.',
            evidence: 'The administration is adding 15 executive actions.',
          },
        ],
      },
    );
    expect(disagreements.map((d) => [d.topic, d.versions.map((v) => v.text)])).toEqual([
      ['Number of actions', [lede, 'The administration is adding 15 executive actions.']],
    ]);
  });
});

describe('what a figure counts', () => {
  it("is never a time told back from the story's day", () => {
    expect(readFigures('the inquiry began more than two years ago')).toEqual([]);
    expect(readFigures('two years of talks').map((figure) => figure.value)).toEqual([2]);
  });

  it('keeps the cents of a sum written with thousands commas', () => {
    // Read as "5,687" and a clock's ".75", the sum was skipped, and two sources' $5,687.75 and $5,587.75 were
    // shown as agreeing.
    expect(readFigures('a $5,687.75 bill for a weekend retreat').map((figure) => figure.value)).toEqual([
      5687.75,
    ]);
  });

  it('is never an age', () => {
    expect(readFigures('the 58-year-old driver died at the scene')).toEqual([]);
    expect(readFigures('a 3-month-old foal was rescued')).toEqual([]);
    expect(readFigures('58 people died').map((figure) => figure.value)).toEqual([58]);
  });

  it('is never a letter of an abbreviation', () => {
    const [figure] = readFigures('two U.S. Coast Guard cutters were damaged');
    expect(figure?.value).toBe(2);
    expect(figure?.counts).not.toBe('u');
  });
});
