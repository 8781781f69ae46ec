// "claiming 55 percent of the vote", "acknowledged the appeal of the plan": after a verb of saying, a noun
// phrase is no report, even when one of its nouns can also be a verb ("vote", "plan", "appeal"). A word after
// an article, a possessive or a preposition is a noun; after a demonstrative, a verb only when the two agree.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, indirectQuotes } from './article.ts';

describe('reports whose only verb-like word is a noun', () => {
  it('shows no report for a share of the vote or a noun phrase after the verb', () => {
    const result = analyse([
      'Ada Kiel won the harbour seat on Tuesday, claiming 55 percent of the vote to Tomas Brenner’s 40 percent.',
      'Brenner later acknowledged the appeal of the cheaper ferry route in a short speech.',
      'Kiel dismissed those worries on Sunday at a dockside forum in Varna.',
    ]);
    expect(indirectQuotes(result)).toEqual([]);
  });

  it('keeps a clause whose verb agrees with a demonstrative or follows its subject', () => {
    const result = analyse([
      'Ada Kiel said this includes new gates for the northern quay.',
      'Tomas Brenner said these include two cranes bought in the spring.',
      'Harbour pilots say they support the plan.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'this includes new gates for the northern quay → Ada Kiel',
      'these include two cranes bought in the spring → Tomas Brenner',
      'they support the plan → Harbour pilots',
    ]);
  });
});
