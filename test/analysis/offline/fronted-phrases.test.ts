// A sentence credited at its end may open on a phrase ("After two decades on the river, the ferry will retire,
// Reyl said"), where the opening word alone dropped the report: the reporter's framing is passed over, and a
// condition or a count the words need ("Even if …", "Of the 121 held, …") is kept.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, indirectQuotes } from './article.ts';

describe('a fronted phrase before a closing credit', () => {
  it('reports the words after a framing phrase, and keeps a condition or a count whole', () => {
    const result = analyse([
      'After two decades on the river, the old ferry will retire next spring, Tomas Reyl said.',
      'As I noted above, the levy raised $3 million, according to the harbour tally.',
      'Even if the ferry stopped running, the town would survive, said Ada Brenner, a councillor.',
      'Of the 80 boats inspected in May, 12 have been withdrawn, according to a harbour spokeswoman.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the old ferry will retire next spring → Tomas Reyl',
      'the levy raised $3 million → the harbour tally',
      'Even if the ferry stopped running, the town would survive → Ada Brenner',
      'Of the 80 boats inspected in May, 12 have been withdrawn → a harbour spokeswoman',
    ]);
  });

  it('leaves a credit inside the sentence to the medial reading', () => {
    const result = analyse([
      'Even if the venture fails, Mr. Morgan said, he has already restored the marsh.',
    ]);
    expect(indirectQuotes(result)).toEqual(['he has already restored the marsh → Morgan']);
  });

  it('never opens the words reported on the credit set off after a short phrase', () => {
    const result = analyse([
      'In Lestria, Ada Kiel said, the port will stay open all winter.',
      'At one point, she said, the ferry had carried 900 riders in a day.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'In Lestria … the port will stay open all winter → Ada Kiel',
      'At one point … the ferry had carried 900 riders in a day → Ada Kiel',
    ]);
  });

  it('reads no credit in a verb with its own object or clause', () => {
    const result = analyse([
      'With his campaign in disarray after a week of leaks, Tomas Reyes officially claimed the nomination.',
      'As the weeks passed, Reyes hinted he might quit the race; but on Monday he was still saying that the debate would go on.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the debate would go on → Tomas Reyes']);
  });
});
