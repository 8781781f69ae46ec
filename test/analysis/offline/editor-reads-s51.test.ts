// What an editor reading the sheets of real copy found wrong or missing (session 51), each rebuilt from invented
// text, with the readings that must stay as they were. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('a month that is also a name', () => {
  const INTRO = 'Prime Minister Edith May of Lestria met the king in Varna on Monday.';

  it('keeps the surname after a given name or a title, and reads "May said" alone as hers', () => {
    const sheet = analyse([
      INTRO,
      '“We have to be careful about the border,” said Edith May.',
      'Later May told reporters the talks would go on. “The deal is near,” Mrs. May said.',
    ]);
    expect(directQuotes(sheet)).toEqual([
      'We have to be careful about the border, → Edith May',
      'The deal is near, → Edith May',
    ]);
    expect(indirectQuotes(sheet)).toEqual(['the talks would go on → Edith May']);
  });

  it('still reads a month before a number, or with no one named May, as a date', () => {
    const sheet = analyse([
      'The council of Varna met on Friday May 5 to vote on the harbour budget.',
      'In May Tomas Vance said the harbour plan was late.',
      'The vote was held in May. May said nothing to the town about it.',
    ]);
    expect(indirectQuotes(sheet)).toEqual(['the harbour plan was late → Tomas Vance']);
    expect(sheet.quotes.map((q) => q.speaker)).not.toContain('May');
  });
});
