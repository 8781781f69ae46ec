// A sentence credited at its end may open on a phrase or a clause of the speaker's own ("After two decades on
// the river, the ferry will retire, Reyl said"): kept whole, where the opening word alone dropped the report.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, indirectQuotes } from './article.ts';

describe('a fronted phrase before a closing credit', () => {
  it('keeps an opening phrase or clause with the words reported', () => {
    const result = analyse([
      'After two decades on the river, the old ferry will retire next spring, Tomas Reyl said.',
      'Even if the ferry stopped running, the town would survive, said Ada Brenner, a councillor.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'After two decades on the river, the old ferry will retire next spring → Tomas Reyl',
      'Even if the ferry stopped running, the town would survive → Ada Brenner',
    ]);
  });

  it('leaves a credit inside the sentence to the medial reading', () => {
    const result = analyse([
      'Even if the venture fails, Mr. Morgan said, he has already restored the marsh.',
    ]);
    expect(indirectQuotes(result)).toEqual(['he has already restored the marsh → Morgan']);
  });

  it('reads no credit in a verb with its own object or clause', () => {
    const result = analyse([
      'With his campaign in disarray after a week of leaks, Tomas Reyes officially claimed the nomination.',
      'As the weeks passed, Reyes hinted he might quit the race; but on Monday he was still saying that the debate would go on.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the debate would go on → Tomas Reyes']);
  });
});
