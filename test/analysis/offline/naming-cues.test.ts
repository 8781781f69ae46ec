// Verbs that name or credit rather than say ("describes her as “…”", "thanked them for “…”"): the quote is the
// named subject's words in that frame only. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('naming cues', () => {
  it('gives "X describes / defended / dismissing Y as “…”" to the named subject', () => {
    const result = analyse([
      'At the pier rallies, Ilse Brandt describes the Korvin ferry board as “a club that never sails.”',
      'Tomas Reyes defended his harbour deputy as a “careful, honest clerk” at the hearing.',
      'Ada Brenner denied the story through her office, dismissing the boatman as “a sore loser with a grudge.”',
      'Councillor Omar Hale often characterizes himself as a “tide-table purist.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'a club that never sails. → Ilse Brandt',
      'careful, honest clerk → Tomas Reyes',
      'a sore loser with a grudge. → Ada Brenner',
      'tide-table purist. → Omar Hale',
    ]);
  });

  it('gives "X thanked / credited Y for “…”" to the named subject', () => {
    const result = analyse([
      'Ilse Brandt thanked the ferry crews for “keeping Tarsa moving through the storm.”',
      'Tomas Reyes credited the mayor with keeping “every dock in Korvin open” during the thaw.',
    ]);
    expect(directQuotes(result)).toEqual([
      'keeping Tarsa moving through the storm. → Ilse Brandt',
      'every dock in Korvin open → Tomas Reyes',
    ]);
  });

  it('gives "X ripped / attacking Y for “…”" and "X positioned itself as “…”" to the named subject', () => {
    const result = analyse([
      'Tomas Reyes, the sacked ferry manager, ripped Harbour Chief Ada Brenner for acting as “the tide and the moon” in the inquiry.',
      'Ilse Brandt hit back in March, attacking the board for “the fog, the fees and the endless delays.”',
      'For years, the Korvin Ferry Company has positioned itself as a “floating village square” for Tarsa.',
    ]);
    expect(directQuotes(result)).toEqual([
      'the tide and the moon → Tomas Reyes',
      'the fog, the fees and the endless delays. → Ilse Brandt',
      'floating village square → Korvin Ferry Company',
    ]);
  });

  it('credits no one for a title, a passive or a pronoun’s naming', () => {
    const result = analyse([
      'Tomas Reyes introduced the “Pier Renewal Act” in the spring.',
      'The ferry, described as “the slowest hull in Lestria,” sailed late again.',
      'The fares rose again in Korvin. She describes herself as “a pier-side reformer.”',
      'Reyes defended the “Tarsa Tides” plan at the meeting.',
      'Omar Hale was described in the ferry report as “a careless skipper.”',
    ]);
    expect(directQuotes(result)).toEqual([]);
  });
});
