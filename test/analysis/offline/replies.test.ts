// A reply and what it answers: the question belongs to the one who asks it, the answer to the one who replies;
// words that lead into a quote belong to that quote.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('replies', () => {
  it('does not credit a question to the one whose reply follows it', () => {
    const result = analyse([
      'Ada Brenner pressed Tomas Reyes at the harbour meeting. “Will the ferry run on Sunday?” Reyes replied, “Only if the tide allows it.”',
      'Brenner turned to the clerk. “And the levy?” Ilse Brandt wrote back, “It stays as it is.”',
    ]);
    // The questions are Brenner's; no rule names her yet, and no speaker beats the wrong one.
    expect(directQuotes(result)).toEqual([
      'Only if the tide allows it. → Tomas Reyes',
      'It stays as it is. → Ilse Brandt',
    ]);
  });

  it('still credits a question to the one named right after it when nothing else is quoted', () => {
    const result = analyse(['“Will the ferry run on Sunday?” Reyes asked the board.']);
    expect(directQuotes(result)).toEqual(['Will the ferry run on Sunday? → Reyes']);
  });

  it('reads words that lead into the next quote as its credit, not the credit of the quote before', () => {
    const result = analyse([
      'Ilse Brandt chairs the harbour board. The deputy endorsed the ferry plan, saying it would “carry the harbour through winter.” On the fares, Tomas Reyes said, “every ferry owner pays the same.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'carry the harbour through winter. → the deputy',
      'every ferry owner pays the same. → Tomas Reyes',
    ]);
  });

  it('does not hand a quote its own verb credits to the credit that introduces the next quote', () => {
    const result = analyse([
      'Ilse Brandt chairs the harbour board. The deputy endorsed the ferry plan, saying it would “carry the harbour through winter.” Tomas Reyes said the fares “are owed by every ferry owner.”',
      'Tomas Reyes said the levy “was never fair.” Ada Brenner called Reyes “a poor loser.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'carry the harbour through winter. → the deputy',
      'are owed by every ferry owner. → Tomas Reyes',
      'was never fair. → Tomas Reyes',
      'a poor loser. → Ada Brenner',
    ]);
  });

  it('credits an answer given to a person, and not the words of a remark answered', () => {
    const result = analyse([
      'Ilse Brandt chaired the board for a decade. She replied to Reyes that the post was a “joy to hold through every storm.”',
      'Tomas Reyes responded to Brandt’s outburst that the levy made him “richer than the harbour.”',
    ]);
    expect(directQuotes(result)).toEqual(['joy to hold through every storm. → Ilse Brandt']);
  });
});
