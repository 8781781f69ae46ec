// The check on written prose (summaries, statements, notes): what fails is left out whole, never cut to a
// fragment, and a name is found in the source whatever possessive the source gives it.
import { describe, expect, it } from 'vitest';
import {
  checkedSummary,
  checkOfPrepared,
  passes,
  prepareCheck,
} from '../../../src/analysis/ground/check-written.ts';
import { prepareText } from '../../../src/analysis/ground/locate.ts';

const SOURCE =
  'Representative Ada B. Brenner, whose dream is to run New Dunmore’s harbour, denied on Wednesday that she had sent the photograph. Mr. Reyes declined to comment.';

describe('checked summaries', () => {
  it('keeps a sentence whole across an initial and an abbreviated title', () => {
    const check = prepareCheck([SOURCE]);
    expect(checkedSummary(SOURCE, check)).toBe(SOURCE);
  });

  it('drops an invented sentence whole, never leaving a piece of a name behind', () => {
    const check = prepareCheck([SOURCE]);
    const summary =
      'Representative Ada B. Brenner, backed by Governor Halvorsen, denied sending it. Mr. Reyes declined to comment.';
    expect(checkedSummary(summary, check)).toBe('Mr. Reyes declined to comment.');
  });

  it('finds a name the source writes only with a possessive', () => {
    const check = prepareCheck([SOURCE]);
    expect(passes('Brenner hopes to run the harbour of New Dunmore.', check)).toBe(true);
    expect(passes('Brenner hopes to run the harbour of New Halvorsen.', check)).toBe(false);
  });
});

describe('checks of prepared texts', () => {
  it('checks as prepareCheck does, on the same prepared texts, leaving a blank or missing one out', () => {
    const body = prepareText(SOURCE);
    const check = checkOfPrepared([body, prepareText('  '), null]);
    const fromStrings = prepareCheck([SOURCE, '  ', null]);
    expect(check.texts).toEqual([body]);
    expect(check.texts[0]).toBe(body);
    expect(check.figures).toEqual(fromStrings.figures);
    const proses = [
      'It was Brenner.',
      'It was Halvorsen.',
      'She said “she had sent the photograph”.',
      'He said “no”.',
    ];
    expect(proses.map((prose) => passes(prose, check))).toEqual([true, false, true, false]);
    expect(proses.map((prose) => passes(prose, fromStrings))).toEqual([true, false, true, false]);
  });
});
