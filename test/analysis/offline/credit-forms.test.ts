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

  it('reads a title set off after "her memoir," or "his 2009 book," as a title, not words said', () => {
    const result = analyse([
      'Nell Carver, a nurse who became governor, said on Tuesday she will run for the Senate.',
      'She wrote in her memoir, “Salt and Mercy,” that the ward taught her how policy reaches the sick.',
      'In his 2009 book, “Make the Harbour Pay,” Tomas Reyes argued for a levy.',
    ]);
    expect(directQuotes(result)).toEqual([]);
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

  it('gives a quote a note "read" to no one, not to the person quoted before it', () => {
    const result = analyse([
      '“We will not cut the ferry,” Tomas Reyes said on Monday. When the transcript came out, it had a footnote. “* This phrase is not in the charter,” it read.',
    ]);
    expect(directQuotes(result)).toEqual(['We will not cut the ferry, → Tomas Reyes']);
  });

  it('gives the words a relative "that says" introduces to its noun, not to the subject further back', () => {
    const result = analyse([
      'Critics say the ferry deal may have broken the part of the harbour code that says: “Whoever offers a post for a vote shall be fined.”',
      'Tomas Reyes posted a message that accused the board of “lying about the toll.”',
    ]);
    expect(directQuotes(result)).toEqual(['lying about the toll. → Tomas Reyes']);
  });

  it('credits an opinion to its owner, and both of the people an inverted credit joins', () => {
    const result = analyse([
      'The pilots’ group agrees with Ada Brenner’s opinion that the claim has “no legal footing.”',
      '“We are pleased with the finding,” said the mayor’s lawyers Ilse Varga and Tomas Reyes in a joint statement.',
    ]);
    expect(directQuotes(result)).toEqual([
      'no legal footing. → Ada Brenner',
      'We are pleased with the finding, → Ilse Varga and Tomas Reyes',
    ]);
  });

  it('gives every quote of a sentence the credit that closes it, unless someone else acts between them', () => {
    const result = analyse([
      'Given her record, her backing will carry “real weight” and bring candidates the “street-level muscle” they lack, party spokesman Tomas Reyes said.',
      'The mayor called the plan “a scandal” while Ada Brenner praised its “bold vision,” Ilse Varga wrote.',
    ]);
    expect(directQuotes(result)).toEqual([
      'real weight → Tomas Reyes',
      'street-level muscle → Tomas Reyes',
      'a scandal → the mayor',
      'bold vision, → Ilse Varga',
    ]);
  });
});
