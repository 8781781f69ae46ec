// One vote given different days by two sources. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { verifyFlags } from '../../../src/analysis/compare/verify-flag.ts';
import { findVoteDays } from '../../../src/analysis/compare/vote-days.ts';
import { makeSources } from './sources.ts';

describe('one vote tally tied to different days', () => {
  it('flags the two weekdays, read in the tally’s sentence or, when it names none, in the one before', () => {
    const sources = makeSources(
      {
        text:
          'The harbour toll bill cleared the assembly Tuesday after a short debate led by Rep. Ada Brenner. ' +
          'It passed in a 211-14 vote.\n\nThe ferries kept running.',
      },
      { text: 'On Thursday, the assembly voted 211-14 for the toll bill, which now goes to the governor.' },
    );
    const [item, ...rest] = verifyFlags(findVoteDays(sources), sources);
    expect(rest).toEqual([]);
    expect(item?.kind).toBe('date');
    expect(item?.severity).toBe('medium');
    expect(item?.note).toBe('The 211-14 vote, held “Tuesday” in S1, “Thursday” in S2.');
    expect(item?.versions.map((v) => v.text)).toEqual([
      'The harbour toll bill cleared the assembly Tuesday after a short debate led by Rep. Ada Brenner. It passed in a 211-14 vote.',
      'On Thursday, the assembly voted 211-14 for the toll bill, which now goes to the governor.',
    ]);
  });

  it('says nothing for the same day, a small tally, two days, a day to come, or a score', () => {
    const pair = (a: string, b: string) => findVoteDays(makeSources({ text: a }, { text: b }));
    expect(
      pair('The assembly voted 211-14 on Tuesday.', 'On Tuesday the assembly passed it 211-14.'),
    ).toEqual([]);
    // A council's or a court's tally may close two votes of one story.
    expect(
      pair('The council voted 7-2 on Monday.', 'The council voted 7-2 on Friday to close the pier.'),
    ).toEqual([]);
    expect(
      pair(
        'The assembly voted 211-14 on Monday, and the senate met on Tuesday.',
        'It voted 211-14 on Friday.',
      ),
    ).toEqual([]);
    expect(
      pair(
        'The assembly voted 211-14, and the senate takes it up next Tuesday.',
        'It voted 211-14 on Friday.',
      ),
    ).toEqual([]);
    expect(
      pair('The Harbour Hawks won 28-21 on Sunday.', 'The Hawks beat the Gulls 28-21 on Saturday.'),
    ).toEqual([]);
  });
});
