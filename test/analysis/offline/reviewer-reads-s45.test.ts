// Lines a reviewer found wrong in both the old and the new engine (session 44), each rebuilt from invented text.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('lines a reviewer found wrong (session 44)', () => {
  it('gives the second part of “…,” said <A>, whom <B> has called …, “…” to <A>, not <B>', () => {
    const result = analyse([
      'The council met on Monday in Varna.',
      '“We will build the bridge,” said Ana Ruiz, whom the mayor has called a liar, “and we will pay for it ourselves.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'We will build the bridge, → Ana Ruiz',
      'and we will pay for it ourselves. → Ana Ruiz',
    ]);
  });

  it('keeps a quote inside the "whom" clause with that clause’s subject', () => {
    const result = analyse([
      'Dale Corbin spoke for an hour in Varna.',
      'He took aim at Tomas Reyes, whom he called a “danger to the harbour” and worse.',
    ]);
    expect(directQuotes(result)).toEqual(['danger to the harbour → Dale Corbin']);
  });

  it('gives the participle after "<Plural> trust <A>," to the plural subject, not to <A>', () => {
    const result = analyse([
      'Councillors trust Ana Ruiz, saying she “knows the budget better than anyone” in Varna.',
      'Councillors love Tomas Reyes, saying he “never misses a vote” at the hall.',
    ]);
    expect(directQuotes(result)).toEqual([
      'knows the budget better than anyone → Councillors',
      'never misses a vote → Councillors',
    ]);
  });

  it('reads the words before a name as a role: "Track and field star <A>", "Human rights advocate <A>"', () => {
    const result = analyse([
      'Track and field star Ada Kiel spoke in Varna on Monday, saying the plan “knows no shame”.',
      'Human rights advocate Ana Ruiz wrote to the council, saying the levy was “a tax on the poor”.',
      'Libertarian candidate Dale Corbin’s doctor wrote to the paper, saying he was “fit to serve”.',
    ]);
    expect(directQuotes(result)).toEqual([
      'knows no shame → Ada Kiel',
      'a tax on the poor → Ana Ruiz',
      'fit to serve → Libertarian candidate Dale Corbin’s doctor',
    ]);
  });
});

// What a second reviewer found the mends above, and the editors' round-12 mends, broke; each case held before them.
describe('the mends of session 45, held to their edges', () => {
  it('keeps a "whom" clause’s own verb as the credit when nothing follows it but the comma', () => {
    const result = analyse([
      '“The deal is done,” said Jon Pell, whom the minister had earlier called, “the hardest bargainer I know.”',
      'Ivo Brandt later dismissed Mara Lind, whom Tomas Reyes had praised, saying, “She is the best we have.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'The deal is done, → Jon Pell',
      'the hardest bargainer I know. → the minister',
      'She is the best we have. → Tomas Reyes',
    ]);
  });

  it('reads "Tennis star <A>" and "News anchor <A>" as roles, and a headline’s "Governor praises <A>" as a clause', () => {
    const result = analyse([
      'Tennis star Ada Kiel withdrew on Monday, saying she “needs time to heal.”',
      'News anchor Ana Ruiz left the network on Friday, saying she was “proud of the work.”',
      'Governor praises Mara Lind, saying she “saved lives.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'needs time to heal. → Ada Kiel',
      'proud of the work. → Ana Ruiz',
      'saved lives. → Governor',
    ]);
  });

  it('gives a later "he" to the subject, not to a name between dashes inside a phrase with a preposition', () => {
    const result = analyse([
      'The attack on his deputy — Mayor Jon Pell — angered Tomas Reyes. He said it was “beneath contempt.”',
    ]);
    expect(directQuotes(result)).toEqual(['beneath contempt. → Tomas Reyes']);
  });

  it('keeps a speaker’s straight-marked words whole when they quote someone else in curly marks', () => {
    const result = analyse([
      'Ada Kiel wrote on her page: "My father used to tell me, “Never give in.” I never have, and I never will.',
      '"See you at the polls."',
    ]);
    expect(directQuotes(result)).not.toContain('Never give in. → Ada Kiel');
  });

  it('keeps a quote a note after it calls a phrase the speaker uses', () => {
    const result = analyse([
      'Tomas Reyes again promised “a ferry for every island,” a phrase he has used for years.',
    ]);
    expect(directQuotes(result)).toEqual(['a ferry for every island, → Tomas Reyes']);
  });

  it('keeps "The Way Forward campaign" whole, and a role that holds its own noun before "for governor"', () => {
    const result = analyse([
      'The Way Forward campaign said the vote was “a turning point.”',
      '“We will win,” said Ana Ruiz, Democratic Nominee for governor.',
    ]);
    expect(result.quotes.map((quote) => [quote.speaker, quote.role])).toEqual([
      ['the Way Forward campaign', null],
      ['Ana Ruiz', 'Democratic Nominee for governor'],
    ]);
  });
});

// What a third reviewer found the later mends broke; each case held before them.
describe('the later mends of session 45, held to their edges', () => {
  it('reads a sentence opening "Read the whole …" as the story’s, and only a link to the rest as furniture', () => {
    const result = analyse([
      '“We will win this fight,” said Governor Ivo Brandt.',
      'Read the whole bill before you vote, Senator Tomas Reyes urged lawmakers on Monday.',
      '“It hides a tax on every family,” he said.',
      'Read the rest of this ferry report on the Varna Ledger website.',
    ]);
    expect(directQuotes(result)).toEqual([
      'We will win this fight, → Ivo Brandt',
      'It hides a tax on every family, → Tomas Reyes',
    ]);
    expect(result.summary).not.toContain('Varna Ledger website');
  });

  it('goes on past "U.S." before "A-10", "A.I." or "I-9"', () => {
    const result = analyse([
      'Gen. Tomas Reyes said the U.S. A-10 fleet was “obsolete.”',
      'Senator Ana Ruiz said employers who skip the U.S. I-9 form are “breaking the law.”',
    ]);
    expect(directQuotes(result)).toEqual(['obsolete. → Tomas Reyes', 'breaking the law. → Ana Ruiz']);
  });

  it('keeps a "whom" clause’s quote with its subject when a time or a place follows the verb', () => {
    const result = analyse([
      '“I was not surprised,” said Ada Kiel, whom the mayor had warned in a letter, “Your job is at risk.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'I was not surprised, → Ada Kiel',
      'Your job is at risk. → the mayor',
    ]);
  });

  it('keeps a straight-marked quote’s later paragraph whole when it quotes someone else', () => {
    const result = analyse([
      'Tomas Reyes described his last meeting with his brother: "It was raining that night.',
      '"He shook his head and said, “It is over.” Then he walked out into the rain.',
      '"That was the last time anyone saw him."',
    ]);
    expect(directQuotes(result)).not.toContain('It is over. → Tomas Reyes');
  });

  it('gives no line to a name that modifies the noun after it ("Teachers picket Ana Ruiz office, saying")', () => {
    const result = analyse(['Teachers picket Ana Ruiz office, saying she has “abandoned” the schools.']);
    expect(directQuotes(result)).not.toContain('abandoned → Ana Ruiz');
  });
});
