import { describe, expect, it } from 'vitest';
import { alignSpecs } from './sources.ts';

const numbers = alignSpecs;
const fact = (evidence: string) => ({ text: evidence, facts: [{ statement: evidence, evidence }] });

describe('what an agreement on a figure shows', () => {
  it('never shows a sentence with a figure one listed source does not give', () => {
    const { consensus } = numbers(
      fact('The sheriff said there were nine arrests on Tuesday, compared to 31 the night before.'),
      fact('Deputies made 31 arrests overnight at the fairground.'),
    );
    // Both give 31 arrests; only the first gives nine: the second's sentence is the one shown.
    expect(consensus).toEqual([
      { statement: 'Deputies made 31 arrests overnight at the fairground.', sources: ['S1', 'S2'] },
    ]);
  });

  it('keeps the first source’s sentence when every figure in it is given by all', () => {
    const { consensus } = numbers(
      fact('Deputies made 31 arrests overnight at the fairground.'),
      fact('The sheriff said 31 people were arrested after the fairground brawl.'),
    );
    expect(consensus.map((c) => c.statement)).toEqual([
      'Deputies made 31 arrests overnight at the fairground.',
    ]);
  });

  it('shows no agreement when each sentence carries a figure the other lacks', () => {
    const { consensus } = numbers(
      fact('The sheriff said there were nine arrests on Tuesday, compared to 31 the night before.'),
      fact('Deputies made 31 arrests overnight, after 12 arrests the week before.'),
    );
    expect(consensus).toEqual([]);
  });

  it('never shows a sentence that names someone a listed source does not name', () => {
    const { consensus } = numbers(
      fact(
        'Last week Ms. Brenner chose Tomas Reyes to lead the harbour board, though the guild won just six seats.',
      ),
      fact('The guild won just six seats on the harbour board, far fewer than it hoped.'),
    );
    // Both give six seats; only the first names Reyes: the second's sentence is the one shown.
    expect(consensus.map((c) => c.statement)).toEqual([
      'The guild won just six seats on the harbour board, far fewer than it hoped.',
    ]);
  });
});
