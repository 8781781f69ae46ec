// A qualified description credited with a quote ("the Lestria businessman said"), when no one named holds its
// office, is the subject of the sentence before, unless another person that sentence names could be meant.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('a description standing for the subject of the sentence before', () => {
  it('is that subject, after a quote or opening its sentence', () => {
    const result = analyse([
      'Tomas Tarne, speaking after Mayor Ada Kiel at the forum, blamed her for the closures.',
      '“We need change,” the Lestria businessman said.',
      'Ada Kiel spoke first. The two-term mayor says the pier will reopen in May.',
    ]);
    expect(directQuotes(result)).toEqual(['We need change, → Tomas Tarne']);
    expect(indirectQuotes(result)).toEqual(['the pier will reopen in May → Ada Kiel']);
  });

  it('stays a description when another person could be meant', () => {
    const result = analyse([
      'Tomas Tarne met Peter Brenner on Monday.',
      '“We need change,” the Lestria businessman said.',
      'Tomas Tarne was praised by Ada Kiel on Monday.',
      '“We need change,” the former Lestria mayor said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'We need change, → the Lestria businessman',
      'We need change, → the former Lestria mayor',
    ]);
  });

  it('reads an age and a body’s generic noun the same way, after a title or "The"', () => {
    const result = analyse([
      'Governor Alma Reyes spoke at the harbor on Tuesday. “We will dredge the channel,” the 58-year-old said.',
      'The Anglers League blasted the decision. “This is a great week for anglers,” the group wrote.',
    ]);
    expect(directQuotes(result)).toEqual([
      'We will dredge the channel, → Alma Reyes',
      'This is a great week for anglers, → Anglers League',
    ]);
  });

  it('never takes a name from a phrase that opens the sentence before', () => {
    const result = analyse([
      'As Ada Kiel spoke, a designer for the firm watched from home.',
      '“I was dismayed,” the 41-year-old said.',
    ]);
    expect(directQuotes(result)).toEqual(['I was dismayed, → the 41-year-old']);
  });

  it('reads the speaker a quote-led sentence credits as its subject', () => {
    const result = analyse([
      'Senator Dana Okafor set out her farm plan on Tuesday in Ridgefield.',
      '“Growers need certainty before they plant,” Okafor said.',
      '“Prices swing too much for small families to plan ahead,” the 51-year-old said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'Growers need certainty before they plant, → Dana Okafor',
      'Prices swing too much for small families to plan ahead, → Dana Okafor',
    ]);
  });

  it('goes back to someone the description introduced, not to the last person named', () => {
    const result = analyse([
      'A senior harbour staffer told the Courier the vote could come on Friday.',
      '“We will dredge the channel,” Alma Reyes said on Tuesday.',
      '“We already have dates on the calendar,” said the harbour staffer.',
    ]);
    expect(directQuotes(result)).toEqual([
      'We will dredge the channel, → Alma Reyes',
      'We already have dates on the calendar, → the harbour staffer',
    ]);
  });
});
