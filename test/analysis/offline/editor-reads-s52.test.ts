// What an editor reading the sheets of real copy found missing (session 52), each rebuilt from invented text,
// with the readings that must stay as they were. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { hasFiniteVerb } from '../../../src/analysis/offline/speaker-check.ts';
import { analyse, indirectQuotes } from './article.ts';

describe('a present verb the lexicon files only as a noun, after a name', () => {
  it('reads "Reyes holds 14 percent" as a clause: the poll’s report and a fact', () => {
    const sheet = analyse([
      'Voters in Varna choose a mayor on Sunday.',
      'Tomas Reyes holds 14 percent of the vote, according to a Varna Ledger survey.',
    ]);
    expect(indirectQuotes(sheet)).toEqual([
      'Tomas Reyes holds 14 percent of the vote → a Varna Ledger survey',
    ]);
    expect(sheet.facts.map((fact) => fact.statement)).toContain(
      'Tomas Reyes holds 14 percent of the vote, according to a Varna Ledger survey.',
    );
  });

  it.each([
    'Dale wins the northern wards',
    'Ada Vance faces a runoff in March',
    'Reyes tops Dale in the harbour district',
    'The Varna Council issues its ruling on Friday',
    'Kiel signs 40 new players',
  ])('finds the verb of “%s”', (clause) => {
    expect(hasFiniteVerb(clause, true)).toBe(true);
  });

  it.each([
    'Republican attacks on the mayor',
    'Labour gains in the north',
    'the EU rules on fishing in 2025',
    'since Reyes’s wins the first year',
    'the Senate rules Tuesday in Varna',
    'Tory cuts 10 years ago',
    'Labour wins the same week',
    'the Reyes emails',
    'the Varna Council issues of last year',
    'a rule that violates DNC rules pic.twitter.com',
    'Lestrian gains in the north',
  ])('finds no present verb after a name in “%s”', (phrase) => {
    expect(hasFiniteVerb(phrase, true)).toBe(false);
  });
});

describe('a name inside a relative clause is its object, not the speaker', () => {
  it('gives "A woman who has accused Governor Reyes of fraud said …" to the woman', () => {
    const sheet = analyse([
      'Governor Tomas Reyes of Lestria faces a recall vote in March.',
      'A woman who has accused former Governor Tomas Reyes of fraud said on Sunday that he had lied to her.',
      'A builder who sued Ada Vance said the contract was never paid.',
    ]);
    expect(indirectQuotes(sheet)).toEqual([
      'he had lied to her → a woman who has accused former Governor Tomas Reyes of fraud',
      'the contract was never paid → a builder who sued Ada Vance',
    ]);
  });

  it('reads past a list, an adverb, a place or a participle inside the clause', () => {
    const sheet = analyse([
      'Members who backed Kiel and Dale said the vote was fair.',
      'Tories who once praised Boris Kiel now say the party has moved on.',
      'Supporters who cheered Gov. Tom Reyes at the rally said the tax would pass.',
      'The man who wrote the speech read by Ann Roe says the harbour plan is dead.',
    ]);
    expect(indirectQuotes(sheet)).toEqual([
      'the vote was fair → Members who backed Kiel and Dale',
      'the party has moved on → Tories who once praised Boris Kiel',
      'the tax would pass → Supporters who cheered Gov. Tom Reyes at the rally',
      'the harbour plan is dead → the man who wrote the speech read by Ann Roe',
    ]);
  });

  it('gives "A man talking with Senator Reyes at the diner said …" to the man', () => {
    const sheet = analyse([
      'A man talking with Senator Tom Reyes at the diner said the plant would close.',
      'A source close to Ann Roe at the bank said the loan was off.',
      'The clerk known as Tomas at the desk said the form was wrong.',
    ]);
    expect(indirectQuotes(sheet)).toEqual(['the plant would close → a man', 'the loan was off → a source']);
  });

  it('keeps the subject of a clause after "that": "the sum that auditors say …", "told reporters that …"', () => {
    const sheet = analyse([
      'The sum that auditors said they found was small.',
      'Kiel told reporters that unnamed officials said the vote was rigged.',
      'After that armed police said they had sealed the square.',
      'The jury acquitted the man who attacked Tom Reyes at the rally, who told reporters he was hurt.',
    ]);
    expect(indirectQuotes(sheet)).toEqual([
      'they found was small → auditors',
      'the vote was rigged → unnamed officials',
      'they had sealed the square → armed police',
      'he was hurt → Tom Reyes',
    ]);
  });

  it('reads a name after a verb that takes a clause, or before ", who said", as the one who speaks', () => {
    const sheet = analyse([
      'The panel heard from a clerk who confirmed Ada Vance said the vote should wait.',
      'Police arrested a man who assaulted Councillor Ann Roe, who said she was shaken.',
    ]);
    expect(indirectQuotes(sheet)).toEqual(['the vote should wait → Ada Vance', 'she was shaken → Ann Roe']);
  });

  it('still reads the name before its own "who" clause', () => {
    const sheet = analyse([
      'Sen. Tom Dale who represents the harbour district said the bankruptcy was a big deal.',
      'People who know Ada Vance say she is honest.',
    ]);
    expect(indirectQuotes(sheet)).toEqual([
      'the bankruptcy was a big deal → Tom Dale',
      'she is honest → people who know Ada Vance',
    ]);
  });
});

describe('a "he" after a name the story never classes', () => {
  it('is no one’s rather than the last speaker’s', () => {
    const sheet = analyse([
      'Kiel and Ortiz debated in Varna on Monday.',
      '“I will stay,” Kiel said. Ortiz faced the same question, and he said he would not resign.',
    ]);
    expect(indirectQuotes(sheet)).toEqual([]);
  });

  it('still goes back to the last person when the sentence opens on a common word or a place', () => {
    const sheet = analyse([
      'Governor Tomas Reyes toured the harbour on Monday.',
      'Sales were slow, and he said the port would need a new pier.',
      'Varna faced floods in March, and he said the dikes would be raised.',
    ]);
    expect(indirectQuotes(sheet)).toEqual([
      'the port would need a new pier → Tomas Reyes',
      'the dikes would be raised → Tomas Reyes',
    ]);
  });
});
