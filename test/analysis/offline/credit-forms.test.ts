// Credits real copy writes around a quote that the rules once missed: "as X said" after a partial quote, a
// document filed by a named person, a long credit after an exclamation, and a quoted sentence in title case
// that carries on from the speaker before.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('credit forms', () => {
  it('gives a partial quote to the one named between "as" and a verb of saying after it', () => {
    const result = analyse([
      'That the ferry vote is “too close to call,” as Tomas Reyes said on a radio show on Monday, raises the stakes.',
      'The levy is “a fair price,” as the crowd cheered outside.',
    ]);
    expect(directQuotes(result)).toEqual(['too close to call, → Tomas Reyes']);
  });

  it('never reads "as X told it" as a credit: its object is the story, not the quote', () => {
    const result = analyse(['The port was “a ghost town,” as Tomas Reyes told it to the board.']);
    expect(directQuotes(result)).toEqual([]);
  });

  it('gives a quote credited to a document filed or signed by a named person to that person', () => {
    const result = analyse([
      '“The evidence cannot show every element of the offence,” according to a sealed filing signed by state attorney Dana Brook.',
      '“The board never saw the ledger,” according to a complaint from harbour pilot Ilse Varga.',
    ]);
    expect(directQuotes(result)).toEqual([
      'The evidence cannot show every element of the offence, → Dana Brook',
      'The board never saw the ledger, → Ilse Varga',
    ]);
  });

  it('keeps a title, a name and a verb after an exclamation in the quote’s sentence, however long the credit', () => {
    const result = analyse([
      '“The state of Kessel is proud to cast its votes for the governor!” State Senator Tomas Reyes said as he opened the count.',
    ]);
    expect(directQuotes(result)).toEqual([
      'The state of Kessel is proud to cast its votes for the governor! → Tomas Reyes',
    ]);
  });

  it('reads a quoted sentence in title case carried on from the speaker before as speech, not a title', () => {
    const result = analyse([
      '“Only two people in this race have the money to do that,” said Rick Manley, a strategist. “That’s Ada Ortiz and Tomas Reyes.”',
      'Reyes went on “Harbour Hour.” The show airs weekly.',
    ]);
    expect(directQuotes(result)).toEqual([
      'Only two people in this race have the money to do that, → Rick Manley',
      'That’s Ada Ortiz and Tomas Reyes. → Rick Manley',
    ]);
  });
});
