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

describe('how a source spoke does not end who it is', () => {
  const INTRO = 'Mayor Ada Vance met the council of Varna on Tuesday.';

  it('reads "an official speaking on condition of anonymity said" and shows "an official"', () => {
    const sheet = analyse([
      INTRO,
      'An official speaking on condition of anonymity said: “The auditors are reading the accounts now.”',
      '“The harbour fund is empty,” an aide speaking to the Varna Ledger said.',
      'Two clerks talking with reporters said the ledgers had been moved.',
    ]);
    expect(directQuotes(sheet)).toEqual([
      'The auditors are reading the accounts now. → an official',
      'The harbour fund is empty, → an aide',
    ]);
    expect(indirectQuotes(sheet)).toEqual(['the ledgers had been moved → two clerks']);
  });

  it('keeps a named speaker’s aside and a description that names who the source is', () => {
    const sheet = analyse([
      INTRO,
      'Vance, speaking to reporters outside the hall, said the ledgers had been moved.',
      '“The harbour fund is empty,” said a person familiar with the audit.',
    ]);
    expect(indirectQuotes(sheet)).toEqual(['the ledgers had been moved → Ada Vance']);
    expect(directQuotes(sheet)).toEqual(['The harbour fund is empty, → a person familiar with the audit']);
  });
});
