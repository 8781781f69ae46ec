// A verb of saying after a quote is its credit, and what follows is where and when it was said; but a clause
// after "that" is what the verb reports, however near the quote stands.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('a credit that reports a clause', () => {
  it('finds the report after "told reporters that" beside a quoted fragment', () => {
    const result = analyse([
      'Citing “family reasons,” the mayor’s spokeswoman told reporters that Ostrova will skip the ferry gala.',
    ]);
    expect(directQuotes(result)).toEqual(['family reasons, → the mayor’s spokeswoman']);
    expect(indirectQuotes(result)).toEqual(['Ostrova will skip the ferry gala → the mayor’s spokeswoman']);
  });

  it('finds it after a whole quote too, and not after a relative "that"', () => {
    const result = analyse([
      '“We are ready,” Dana Merkel told reporters on Monday that the talks had failed.',
      '“We are not leaving,” Tomas Reyes told reporters after the meeting that was held in the old hall.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the talks had failed → Dana Merkel']);
  });
});
