// The check on written prose (summaries, statements, notes): what fails is left out whole, never cut to a
// fragment, and a name is found in the source whatever possessive the source gives it.
import { describe, expect, it } from 'vitest';
import { checkedSummary, passes, prepareCheck } from '../../../src/analysis/ground/check-written.ts';

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
