// "It said" stands for a company or a ministry only when one was just named: further back, "it" is usually the
// letter, the report or the post the last sentences spoke of, which a fact sheet cannot name.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

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
});
