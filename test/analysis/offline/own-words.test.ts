// A quote introduced by a colon or a comma, with no verb of saying in its sentence, is the opening
// person's when it reads as their own words, and stays unreported otherwise. Every text here is written for
// the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('own words after a colon or a comma', () => {
  it('credits a first-person sentence to the person the sentence opens with', () => {
    const result = analyse([
      'Ilse Brandt has since apologised for the delay: “I should have told the crews sooner, and I did not.”',
      'Tomas Reyes delivered a short retort, “We will not pay a levy they never voted for.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'I should have told the crews sooner, and I did not. → Ilse Brandt',
      'We will not pay a levy they never voted for. → Tomas Reyes',
    ]);
  });

  it('leaves a label, a third-person quote and a quote after another person unreported', () => {
    const result = analyse([
      'Ilse Brandt backed the board’s new plan: “Harbour First.”',
      'Tomas Reyes published a new pamphlet, “The levy is a tax on the poor and the old.”',
      'Ada Brenner met Tomas Reyes on the quay: “I told him we would not sign.”',
    ]);
    expect(directQuotes(result)).toEqual([]);
  });
});
