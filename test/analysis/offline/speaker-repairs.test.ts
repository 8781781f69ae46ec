// Speakers the precision review found given to the wrong person, and a report lost after a relative clause:
// a claim's owner when the quote is said of the claim, a label after a dash, a participle joined to one after
// "with <person>", and "X, who says A, said B".
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('speakers repaired', () => {
  it('gives a quote said of a claim to the one who says it, and one inside the claim to its owner', () => {
    const result = analyse([
      'Councillor Rita Kessler spoke on Monday.',
      'Harbour spokeswoman Nadia Pole said Tuesday that Kessler’s claim that the port supports dredging is “simply false.”',
      'Pole dismissed Kessler’s claim that the crews were “exhausted.”',
    ]);
    expect(directQuotes(result)).toEqual(['simply false. → Nadia Pole', 'exhausted. → Rita Kessler']);
  });

  it('credits a label after a dash, not the group before it', () => {
    const result = analyse(['Economists agree - Pia Lund: “Rates will stay high for years.”']);
    expect(directQuotes(result)).toEqual(['Rates will stay high for years. → Pia Lund']);
  });

  it('gives a participle joined by "and" to the person after "with"', () => {
    const result = analyse([
      'Farmers were quick to react, with Lena Hart posting that the plan was a “disaster” and asking, “Who will pay for all of this?”',
    ]);
    expect(directQuotes(result)).toEqual([
      'disaster → Lena Hart',
      'Who will pay for all of this? → Lena Hart',
    ]);
  });

  it('reads the verb after a relative clause as its antecedent’s', () => {
    const result = analyse([
      'Tomas Reyl, who says Varga is smearing him since his numbers rose, said the ferry towns should stick with him.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'Varga is smearing him since his numbers rose → Tomas Reyl',
      'the ferry towns should stick with him → Tomas Reyl',
    ]);
  });
});
