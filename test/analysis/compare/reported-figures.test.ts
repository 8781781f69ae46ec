// Figures in reported speech set against another source's key fact: a large count of the same thing is one
// figure told two ways; a small one in a clause is not read, for the clause cannot tell what it counts.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { alignSpecs } from './sources.ts';

const fact = (evidence: string) => ({ text: evidence, facts: [{ statement: evidence, evidence }] });
const claim = (text: string, said: string) => ({
  text,
  quotes: [{ speaker: 'the ministry', text: said, kind: 'indirect' as const }],
});

describe('figures in reported speech', () => {
  it('flags a large count a speaker gives against another source’s key fact', () => {
    const { disagreements } = alignSpecs(
      fact('In March, crates holding 40,000 pages of harbour records were delivered to the ministry.'),
      claim(
        'The ministry said on Monday that it had received 45,000 pages of harbour records from the board.',
        'it had received 45,000 pages of harbour records from the board',
      ),
    );
    expect(disagreements.map((d) => d.note)).toEqual(['Figures differ: S1 “40,000”, S2 “45,000”.']);
  });

  it('sets no small count in a clause against another source’s', () => {
    const { disagreements } = alignSpecs(
      fact('Four states have opened their ferry routes to private lines this year.'),
      claim(
        'The ministry said it was glad that the two states were suing over the ferry routes.',
        'it was glad that the two states were suing over the ferry routes',
      ),
    );
    expect(disagreements).toEqual([]);
  });
});
