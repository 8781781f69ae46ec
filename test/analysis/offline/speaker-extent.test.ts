// How far a speaker's phrase reaches: the whole list of people who spoke together, the people of a list of
// places rather than its last place, a group's chapter rather than the town it is in, and the person after an
// ordinal rank rather than the service before it; a body, not the description beside it.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('a speaker phrase read before the quote', () => {
  it('keeps two named people joined by "and" as the subject', () => {
    const result = analyse(['Tomas Reyes and Otto Vance said, “We were let down by the council.”']);
    expect(directQuotes(result)).toEqual(['We were let down by the council. → Tomas Reyes and Otto Vance']);
  });

  it('leaves a relative clause after the last name of a list to that name alone', () => {
    const result = analyse([
      'Guests included Ada Brenner, Lena Morrow and Otto Vance, who joked, “I have not seen the pier yet.”',
    ]);
    expect(directQuotes(result)).toEqual(['I have not seen the pier yet. → Otto Vance']);
  });

  it('reads a list of places after "in" as where the speakers are', () => {
    const result = analyse([
      'Most farmers in Ostland, Westland and Lestria said they felt “left behind” by the capital.',
    ]);
    expect(result.quotes.map((quote) => quote.speaker)).toEqual([
      'most farmers in Ostland, Westland and Lestria',
    ]);
  });

  it('keeps a group before "of" and a body as the group', () => {
    const result = analyse([
      'The report drew a reply from senior members of the Assembly who said it was “grounds for a vote.”',
    ]);
    expect(result.quotes.map((quote) => quote.speaker)).toEqual(['senior members of the Assembly']);
  });

  it('does not read a place opening the sentence as a list', () => {
    const result = analyse(['As he toured West Dunmore, Tomas Reyes said he expected “a hard winter.”']);
    expect(result.quotes.map((quote) => quote.speaker)).toEqual(['Tomas Reyes']);
  });
});

describe('a speaker phrase read after the quote', () => {
  it('goes past a town and its state to the chapter they describe', () => {
    const result = analyse([
      '“Call the council and tell them to hold firm,” tweeted the Dunmore, Vt., chapter of Harbour Watch.',
    ]);
    expect(result.quotes.map((quote) => quote.speaker)).toEqual([
      'the Dunmore, Vt., chapter of Harbour Watch',
    ]);
  });

  it('goes past an ordinal rank to the person', () => {
    const result = analyse(['“Nobody asked the crews,” said Air Force 1st Lt. Tomas Reyes.']);
    expect(directQuotes(result)).toEqual(['Nobody asked the crews, → Tomas Reyes']);
  });

  it('gives a relative clause after a body and its description to the body, over words "and" joins', () => {
    const result = analyse([
      'The plan was denounced by the Harbour Watch League, a fishermen and dockers group, which called the closure “a blow to every family on the pier.”',
    ]);
    expect(directQuotes(result)).toEqual(['a blow to every family on the pier. → Harbour Watch League']);
  });

  it('reads a chapter as a body of its own, with no title from a description of it', () => {
    const result = analyse([
      '“Let the council know we stand with them,” tweeted the Kessel chapter of Harbour Watch, a leader in the Save the Pier movement.',
    ]);
    expect(result.quotes.map((quote) => [quote.speaker, quote.role])).toEqual([
      ['the Kessel chapter of Harbour Watch', null],
    ]);
  });
});
