// Where a report ends when the reporter goes on about the speaker: ", and has pushed a plan …" after the
// clause, and the main verb after a relative clause's report ("…, who said …, ultimately stayed home").
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, indirectQuotes } from './article.ts';

describe('report tails', () => {
  it('ends the report before ", and has …" and before the main verb after a relative clause', () => {
    const result = analyse([
      'Mayor Rosa Kemp insists the city must balance its budget, and has pushed a plan that angered the unions.',
      'Ada Okafor, who said she would attend the hearing, ultimately stayed home on Friday.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the city must balance its budget → Rosa Kemp',
      'she would attend the hearing → Ada Okafor',
    ]);
  });

  it('keeps a second verb the report shares its subject with', () => {
    const result = analyse([
      'Officials said the ferry carried 40 people, and was licensed for 30.',
      'Tomas Reyes said the plan would cut fares, but would add a levy.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the ferry carried 40 people, and was licensed for 30 → Officials',
      'the plan would cut fares, but would add a levy → Tomas Reyes',
    ]);
  });
});
