// "It said" stands for a company or a ministry only when one was just named, or when the text proves it further
// back: the body was quoted last, or it opened its sentence and no one was named or quoted since. Otherwise
// "it" is usually the letter, the report or the post the last sentences spoke of, which a fact sheet cannot name.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('"it" as a speaker', () => {
  it('credits the body named in the sentence before', () => {
    const result = analyse([
      'Brennock Polymers closed its plant on Monday, blaming the price of gas.',
      '“We had no other choice,” it said.',
    ]);
    expect(directQuotes(result)).toEqual(['We had no other choice, → Brennock Polymers']);
  });

  it('does not reach back to a body named paragraphs above', () => {
    const result = analyse([
      'Brennock Polymers closed its Lestria plant on Monday.',
      'Workers gathered at the gates before dawn. Some carried banners. A few lit a fire in an old barrel.',
      'By noon a letter from the union was pinned to the fence. “Nobody asked the night shift,” it said.',
    ]);
    expect(directQuotes(result).filter((q) => q.includes('Brennock'))).toEqual([]);
  });

  it('does not credit a place named between the body and "it"', () => {
    const result = analyse([
      'Brennock Polymers closed its plant on Monday.',
      'A poster went up across Lestria overnight. “Nobody asked the night shift,” it said.',
    ]);
    const quotes = directQuotes(result);
    expect(quotes.filter((q) => q.includes('Lestria') || q.includes('Brennock'))).toEqual([]);
  });

  it('credits the body quoted last, when no one else was quoted since', () => {
    const result = analyse([
      'Mayor Ilse Brandt was taken to the Korvin General Hospital after the crash on the Tarsa road.',
      '“She came through surgery well,” the hospital said, noting the mayor had been given blood overnight.',
      'It said Mayor Brandt would need further operations.',
    ]);
    expect(indirectQuotes(result)).toContain(
      'Mayor Brandt would need further operations → Korvin General Hospital',
    );
    const other = analyse([
      'Mayor Ilse Brandt was taken to the Korvin General Hospital after the crash on the Tarsa road.',
      '“She came through surgery well,” the hospital said.',
      '“We are praying for her,” a neighbour said. It said Mayor Brandt would need further operations.',
    ]);
    expect(indirectQuotes(other).filter((q) => q.includes('further operations'))).toEqual([]);
  });

  it('credits a body that opened its sentence when no one is named or quoted before "it"', () => {
    const result = analyse([
      'The Lestria Teachers Association passed a resolution on Monday. In it, members condemned the cuts.',
      'It said the cuts would “gut the schools.”',
    ]);
    expect(directQuotes(result)).toEqual(['gut the schools. → Lestria Teachers Association']);
    const named = analyse([
      'The Lestria Teachers Association passed a resolution on Monday. In it, Ilse Brandt condemned the cuts.',
      'It said the cuts would “gut the schools.”',
    ]);
    expect(directQuotes(named).filter((q) => q.includes('Association'))).toEqual([]);
  });

  it('never credits "it" to a body named only inside a report’s phrase: "it" is the report', () => {
    const result = analyse([
      'Auditors went through the books. “The payments were never checked,” the report on the Lestria Health Ministry says.',
      'It also notes that “no one signed the orders.”',
    ]);
    expect(directQuotes(result).filter((q) => q.includes('Ministry'))).toEqual([]);
  });
});

describe('"the group" as a speaker', () => {
  it('is the body named in its sentence or the one before, not a place or a listener, and no body further back', () => {
    const result = analyse([
      'The Lakeside Anglers Club, which sued to stop the fishing limit, praised the change.',
      '“Nothing could be better for people who love the old ways of the lake,” the group wrote.',
      'Hundreds of marchers set off on Tuesday.',
      'The crowd, which gathered at Tarsa University, was the largest of the week.',
      '“Fair pay now!” the group chanted outside the hall.',
    ]);
    expect(directQuotes(result)).toEqual([
      'Nothing could be better for people who love the old ways of the lake, → Lakeside Anglers Club',
      'Fair pay now! → the group',
    ]);
  });
});
