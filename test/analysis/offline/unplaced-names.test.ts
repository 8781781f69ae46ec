// A two-word name whose given name no list knows, followed by "of" and a firm, is the person who speaks;
// the firm only says where the person works. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('an unplaced name before "of"', () => {
  it('credits the person, not the firm or the place after "of"', () => {
    const result = analyse([
      'Jorund Halvik of Brennock, the largest private bank in Lestria, warned that the vote “may push the pound lower.”',
      'One pastor backing Reyes, Darvel Quint of Harbour Chapel in Korvin, said he had called every parish.',
    ]);
    expect(directQuotes(result)).toEqual(['may push the pound lower. → Jorund Halvik']);
    expect(indirectQuotes(result)).toEqual(['he had called every parish → Darvel Quint']);
  });

  it('leaves a body or a title before "of" alone', () => {
    const result = analyse([
      'The Bank of Lestria warned that the vote “may push the pound lower.”',
      'Secretary of State Ilse Brandt said the talks would resume.',
    ]);
    expect(directQuotes(result)).toEqual(['may push the pound lower. → Bank of Lestria']);
    expect(indirectQuotes(result)).toEqual(['the talks would resume → Ilse Brandt']);
  });
});
