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

  it('credits them to "she" or "he" opening the sentence, resolved as for a verb of saying', () => {
    const result = analyse([
      '“We have earned every vote,” Ilse Brandt said at the harbour.',
      'She then faced the crowd once more: “This is the one thing I regret, and only this.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'We have earned every vote, → Ilse Brandt',
      'This is the one thing I regret, and only this. → Ilse Brandt',
    ]);
  });

  it('leaves a motto, and the words of a later clause’s "I", unreported', () => {
    const result = analyse([
      'Tomas Reyes faulted the council for adopting the town motto, “In Korvin We Trust,” in a week of floods.',
      'Ada Brenner was so upset that I had to change my mind: “Of course I will vote for the levy.”',
    ]);
    expect(directQuotes(result)).toEqual([]);
  });
});
