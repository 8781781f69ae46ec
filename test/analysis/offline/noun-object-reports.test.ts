// "claiming 55 percent of the vote", "acknowledged the appeal of the plan": after a verb of saying, a noun
// phrase is no report, even when one of its nouns can also be a verb ("vote", "plan", "appeal"). A word after
// an article, a possessive or a preposition is a noun; after a demonstrative, a verb only when the two agree.
// A clause opening on its verb after "who they say" has its subject outside it: no report either.
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

describe('reports whose subject stands outside them', () => {
  it('shows no report that opens on its verb after a relative pronoun', () => {
    const result = analyse([
      'Several council members are losing patience with Noel Fane, the treasurer, who they say is exploiting the audit.',
      'The levy, which Ada Kiel said was a mistake, passed on Monday.',
    ]);
    expect(indirectQuotes(result)).toEqual([]);
  });

  it('keeps the report when its subject is inside it', () => {
    const result = analyse(['Ada Kiel said the levy was a mistake.']);
    expect(indirectQuotes(result)).toEqual(['the levy was a mistake → Ada Kiel']);
  });
});
