import { describe, expect, it } from 'vitest';
import { analyse } from './article.ts';

// A columnist's piece: the sentences in the writer's own voice must not read as the sheet's own statement.
const COLUMN = [
  'Last week I caught Harbour Master Ossian Vale on the radio talking about the vote on Tuesday.',
  'The Brennock council voted 31 to 9 on Tuesday to close the old harbour to fishing boats.',
  'The council says the site will become a marina with 400 berths by 2028.',
  '“I have fished here since I was a boy,” said Ossian Vale, a net mender of 62.',
  'I counted 340 empty moorings along the quays on Sunday morning.',
  'Fishing crews landed 1,200 tonnes of cod at the harbour last year, the port office said.',
  'Our paper has covered the harbour for 150 years, through two wars and three closures.',
];

describe('sentences in the writer’s own voice', () => {
  it('are left out of the summary, which keeps the story’s own sentences', () => {
    const { summary } = analyse(COLUMN);
    expect(summary).not.toMatch(/\bI caught/);
    expect(summary).toContain('The Brennock council voted 31 to 9 on Tuesday');
  });

  it('are left out of the key facts, while a quoted “I” stays the speaker’s', () => {
    const result = analyse(COLUMN);
    const statements = result.facts.map((fact) => fact.statement);
    expect(statements.some((statement) => /\bI counted|Our paper/.test(statement))).toBe(false);
    expect(statements).toContain('The council says the site will become a marina with 400 berths by 2028.');
    expect(result.quotes.map((quote) => `${quote.speaker}: ${quote.text}`)).toContain(
      'Ossian Vale: I have fished here since I was a boy,',
    );
  });
});
