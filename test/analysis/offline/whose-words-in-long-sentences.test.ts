// Whose words a long sentence reports, from an editor's read of real sheets: a question's clause ("Asked whether
// …"), a credit set inside with another report after it, an aside that judges the claim, a group named with the
// people it includes, two roles joined by "and", a source that vouches for one clause, and a paragraph of quote
// about the last speaker. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('a question’s clause', () => {
  it('reports nothing of the question, and credits the answer after it', () => {
    const result = analyse([
      'Tomas Reyes, a council member, spoke on Monday.',
      'Asked whether he was suggesting that Ms. Kiel lacked sympathy for tenants, Mr. Reyes held firm, saying, “The record speaks for itself.”',
    ]);
    expect(indirectQuotes(result)).toEqual([]);
    expect(directQuotes(result)).toEqual(['The record speaks for itself. → Tomas Reyes']);
  });
});

describe('a credit inside the sentence', () => {
  it('ends the report at the credit when another report follows it, and gives that one to its own subject', () => {
    const result = analyse([
      'Most ferries will sail again by June, the Courier reported, and the mayor said fares would stay.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'Most ferries will sail again by June → Courier',
      'fares would stay → the mayor',
    ]);
  });

  it('reads "claimed, falsely, that" as the verb and its clause, not a credit set inside', () => {
    const result = analyse([
      'In a post on Monday, Tomas Reyes claimed, falsely, that the pier had been sold.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the pier had been sold → Tomas Reyes']);
  });

  it('ends a report where another subject’s verb of saying begins, with or without a comma', () => {
    const result = analyse([
      'The mayor said the levy was fair and port officials said it was legal.',
      'Ilse Brandt said the ferry was late when police and harbour guards stopped it and told it to turn back.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the levy was fair → the mayor',
      'it was legal → port officials',
      'the ferry was late when police and harbour guards stopped it → Ilse Brandt',
    ]);
  });
});

describe('groups as speakers', () => {
  it('credits the group, not the person it includes, and two roles joined by “and” together', () => {
    const result = analyse([
      'Mr. Reyes’s allies on the council, including the deputy leader, Ada Kiel, announced that they would fight the levy.',
      'The governor and harbour leaders say they will look again at the fees.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'they would fight the levy → Mr. Reyes’s allies',
      'they will look again at the fees → the governor and harbour leaders',
    ]);
  });

  it('gives the sentence to no one when the source vouches for a clause of “each of which”', () => {
    const result = analyse([
      'Council members split the levy into four bills, each of which is popular, according to polls.',
    ]);
    expect(indirectQuotes(result)).toEqual([]);
  });
});

describe('a paragraph of quote after a speaker', () => {
  it('is not carried to the speaker when it speaks of someone of their gender in the third person only', () => {
    const result = analyse([
      'Ada Kiel told reporters the harbour was safe. “We did everything by the book,” Kiel said.',
      '“Her conduct is unworthy of the office she holds.”',
    ]);
    expect(directQuotes(result)).toEqual(['We did everything by the book, → Ada Kiel']);
  });

  it('is not carried either when the speaker before was credited as "she added"', () => {
    const result = analyse([
      'Senator Mara Quill apologised on Thursday after a video showed her shoving a valet in Dunmore.',
      '“I was shouted at before, but that is no excuse,” she added.',
      '“Her conduct is a disgrace for an elected official. Shoving a young worker shows she is unfit.”',
    ]);
    expect(directQuotes(result)).toEqual(['I was shouted at before, but that is no excuse, → Mara Quill']);
  });

  it('is carried when it speaks of someone else, or in the first person', () => {
    const result = analyse([
      '“We did everything by the book,” Ada Kiel said.',
      '“He hoped the harbour would fail. I told him so.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'We did everything by the book, → Ada Kiel',
      'He hoped the harbour would fail. I told him so. → Ada Kiel',
    ]);
  });
});

describe('a phrase before the speaker', () => {
  it('is no report of its own, and "over the weekend" is a time before the clause', () => {
    const result = analyse([
      'In a radio interview on Monday, Mayor Ada Kiel said the harbour would reopen in May.',
      'Tomas Reyes noted over the weekend that the ferries were running late.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the harbour would reopen in May → Ada Kiel',
      'the ferries were running late → Tomas Reyes',
    ]);
  });

  it('is no report when two phrases stand before the speaker, and a clause after a phrase is one', () => {
    const result = analyse([
      'Tomas Reyes ran the port for eight years.',
      'In March, at his last State of the Harbour dinner, he admitted the dredging plan had failed.',
      'In May, the ferries stopped, dock officials said.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the dredging plan had failed → Tomas Reyes',
      'the ferries stopped → dock officials',
    ]);
  });

  it('keeps two groups of people joined by “and” before an aside, and no body named with “and”', () => {
    const result = analyse([
      'Tenants and landlords, in their first joint letter, said the levy was unfair.',
      'Harbour Pilots, a shipping and towing firm, said the levy would cost it dearly.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the levy was unfair → Tenants and landlords',
      'the levy would cost it dearly → Harbour Pilots',
    ]);
  });
});

describe('a verb of saying in a relative clause on a noun', () => {
  it('reports nothing when the words lack their object, which stands before', () => {
    const result = analyse([
      'The board chose a harbour forum that only three candidates said they would attend.',
      'It was the levy bill that Ilse Brandt said she would sign.',
      'Reyes listed the tolls, the 12,000 jobs he and Brandt say their harbour plan would create.',
      'It was the one thing that councillors had said the mayor should have done last week.',
      'Reyes drew up a ferry plan, a scheme that some of Mr. Vale’s former aides say the mayor never truly grasped.',
    ]);
    expect(indirectQuotes(result)).toEqual([]);
  });

  it('still reports a clause that is whole', () => {
    const result = analyse([
      'Ilse Brandt said she would resign.',
      'It was a call in which organisers said 400 dockers took part.',
      'Ms. Roe rejected the idea that the vote was a rebuke and said that Mr. Vale was not being replaced.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'she would resign → Ilse Brandt',
      '400 dockers took part → organisers',
      'Mr. Vale was not being replaced → Roe',
    ]);
  });
});

describe('the speaker’s next deed after the report', () => {
  it('ends the report at ", and" and a past verb with no subject of its own', () => {
    const result = analyse([
      'Governor Ilse Brandt said she would seek a law to clarify the levy, and rejected claims that it hurt the poor.',
    ]);
    expect(indirectQuotes(result)).toEqual(['she would seek a law to clarify the levy → Ilse Brandt']);
  });
});
