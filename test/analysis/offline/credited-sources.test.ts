// Who is credited when the words come from a document, a clip or "as X put it", when a figure leads the
// speaker's description, and when a quote follows a sentence reporting a named person's words.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('credited sources', () => {
  it('credits a book, an article or a clip that "says", keeping its article', () => {
    const result = analyse([
      '“She was back on the ferry within days,” the book said.',
      'The clip says Brandt “has a soft spot for the wrong people.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'She was back on the ferry within days, → the book',
      'has a soft spot for the wrong people. → the clip',
    ]);
  });

  it('credits "as X put it" before or after the quote', () => {
    const result = analyse([
      'The first test is a “lawful source of funds,” as a harbour board memo put it.',
      'Reyes is seen, as Ilse Brandt put it in a long interview, “the fixer.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'lawful source of funds, → a harbour board memo',
      'the fixer. → Ilse Brandt',
    ]);
  });

  it('reads the speaker after a leading figure: "said 9/11 widow Terri Strand"', () => {
    const result = analyse(['“The reasons do not hold. They are wrong,” said 9/11 widow Terri Strand.']);
    expect(directQuotes(result)).toEqual(['The reasons do not hold. They are wrong, → Terri Strand']);
  });

  it('lets a named person reported in the sentence before go on speaking', () => {
    const result = analyse([
      'Ferries had long been his trade. His old partner, Lionel B. Marsh, called him a genius at ferry deals. “He found money where there was none.”',
    ]);
    expect(directQuotes(result)).toEqual(['He found money where there was none. → Lionel B. Marsh']);
  });

  it('never credits a bare title, with or without its article', () => {
    const result = analyse([
      'In May, Mr. Reyes emailed Mr. Bannock about the ferry. Mr. Bannock is thought to be the official described by the court papers as “the senior harbour official,” going by earlier reports.',
    ]);
    expect(directQuotes(result).filter((q) => q.endsWith('→ the official'))).toEqual([]);
  });

  it('gives the words of "the Reyes administration" or "Reyes aides" to them, not to Reyes', () => {
    const result = analyse([
      'Mayor Tomas Reyes opened the ferry terminal on Monday.',
      '“Nothing improper took place,” the Reyes administration said in a report.',
      'Reyes aides said the deal was “perfectly legal.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'Nothing improper took place, → the Reyes administration',
      'perfectly legal. → Reyes aides',
    ]);
  });

  it('keeps a described speaker with the place it speaks from: "a narrator in the Reyes ad asks"', () => {
    const result = analyse([
      '“You pay your fares. Why doesn’t he pay his?” a narrator in the Reyes ad asks.',
    ]);
    expect(directQuotes(result)).toEqual([
      'You pay your fares. Why doesn’t he pay his? → a narrator in the Reyes ad',
    ]);
  });

  it('reads a credit whose document is followed by a participle: its author after "by", else the document', () => {
    const credits = [
      'the statement released by the Brenner campaign said.',
      'the letter signed by Ada Brenner said.',
      'the letter addressed to Chairman Karl Vasko (R-Korv.) reads, according to the Courier.',
    ];
    const lines = credits.map(
      (credit) =>
        directQuotes(
          analyse([
            'Tomas Reyes announced his plans in a letter from his lawyer to the board.',
            `"He has broken no rule, yet as things stand he must decline to answer the board," ${credit}`,
          ]),
        )[0],
    );
    expect(lines).toEqual([
      'He has broken no rule, yet as things stand he must decline to answer the board, → the Brenner campaign',
      'He has broken no rule, yet as things stand he must decline to answer the board, → Ada Brenner',
      'He has broken no rule, yet as things stand he must decline to answer the board, → the letter',
    ]);
  });
});

describe('a document from a named person', () => {
  it('speaks for that person, and so does "the statement" after it', () => {
    const result = analyse([
      '“We are disappointed by the ruling,” said the statement from Reyes’s lawyer, Ada Brenner. “The board pursued a vendetta.”',
      'The statement said Reyes “denies any wrongdoing.”',
      '“He will keep serving the harbour,” the statement said.',
    ]);
    expect(result.quotes.map((quote) => quote.speaker)).toEqual([
      'Ada Brenner',
      'Ada Brenner',
      'Ada Brenner',
      'Ada Brenner',
    ]);
  });

  it('gives "the statement said" to the person a report just said spoke in a statement', () => {
    const result = analyse([
      'The grain talks ended on Monday.',
      'Jona Vesk, the farm minister, said in a statement on Monday evening that the grain rule would apply to two provinces.',
      '“The premier and I have spoken, and we agree that fair prices matter,” the statement said.',
      'The Harbour Board issued a statement on Tuesday. “We will reopen the port,” the statement said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'The premier and I have spoken, and we agree that fair prices matter, → Jona Vesk',
      'We will reopen the port, → the statement',
    ]);
  });

  it('gives "the letter said" to the subject of a sentence that opened "In a letter …", not to one written about', () => {
    const result = analyse([
      'In separate letters sent on May 3, Harbour Treasurer Omar Haddad told the auditors the books were clean.',
      'The letter said the auditors had seen “every ledger they had asked for” by June.',
      'In a letter, signed by every member of the board, the dockers rebuked Ada Roe for her remarks.',
      '“Your conduct is a disgrace,” the letter stated.',
    ]);
    expect(directQuotes(result)).toEqual([
      'every ledger they had asked for → Omar Haddad',
      'Your conduct is a disgrace, → the letter',
    ]);
  });

  it('gives "She said …, according to the Ledger" to her, as the Ledger tells it', () => {
    const result = analyse([
      'Lena Marsh, now 51, met the judge in 1980.',
      'She said the two never went on a date, according to the Ledger.',
      'Tomas Reyes told councillors this week that he expects the levy to pass, according to the Courier.',
      'All told, the two campaigns spent 3 million krona on ads, according to the Courier.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the two never went on a date → Lena Marsh',
      'he expects the levy to pass → Tomas Reyes',
      'All told, the two campaigns spent 3 million krona on ads → Courier',
    ]);
  });

  it('gives no report to the bulletin that printed someone else’s finding ("X concluded that …, according to")', () => {
    const result = analyse([
      'The port authority concluded that Valdor has curbed cargo theft, according to a bulletin printed Monday in the Harbour Register.',
    ]);
    expect(indirectQuotes(result)).toEqual([]);
  });

  it('gives "the (joint) statement said" to the person or the two people who issued it', () => {
    const result = analyse([
      'Mayor Lena Okafor and Council President Raul Benitez (D-Tarsa) issued a joint statement backing the audit.',
      'They want the books opened before the vote.',
      '“The treasurer must not give the contractors an early look at the findings,” the joint statement said.',
      'On Friday, Governor Ilse Brandt released a statement on the levy.',
      '“The levy will end in May,” the statement said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'The treasurer must not give the contractors an early look at the findings, → Lena Okafor and Raul Benitez',
      'The levy will end in May, → Ilse Brandt',
    ]);
  });

  it('credits a statement from a named person’s office to that office', () => {
    const result = analyse([
      '“We will not stand for it,” reads a statement from Harbour Master Ada Brenner’s office.',
    ]);
    expect(directQuotes(result)).toEqual(['We will not stand for it, → Harbour Master Ada Brenner’s office']);
  });
});
