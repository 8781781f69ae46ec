// Sources real copy names that the rules refused: a plural of a body ("three television networks", "two
// agencies"), reports of the press ("according to press reports"), and a body after "with" whose participle
// carries the quote ("…, with the Harbour Workers Guild calling her “…”"). Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('plural bodies, press reports and a body after "with"', () => {
  it('credits a report to a counted plural of a body', () => {
    const result = analyse([
      'Pella Drummond has won the Ohio Green primary, according to three television networks.',
      'Two agencies said the harbour would stay shut until March.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'Pella Drummond has won the Ohio Green primary → three television networks',
      'the harbour would stay shut until March → two agencies',
    ]);
  });

  it('reads "press reports" as the source, but leaves a report to the person who opens the sentence', () => {
    const result = analyse([
      'Tomas Reyes flew home on Monday.',
      'The port deal will be signed on Friday, according to press reports.',
      'Harbour Gov. Ada Roe said she would have fired the pilot, according to local news reports.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'The port deal will be signed on Friday → press reports',
      'she would have fired the pilot → Ada Roe',
    ]);
  });

  it('gives a quote to the body named after "with", not to the sentence’s subject', () => {
    const result = analyse([
      'Dock unions were among the earliest backers of Ada Brenner, with the Harbour Workers Guild calling her “the mayor every pier deserves” and its chief hugging her on stage.',
    ]);
    expect(directQuotes(result)).toEqual(['the mayor every pier deserves → Harbour Workers Guild']);
  });
});

describe('documents a report is credited to', () => {
  it('reads a profile, a biography, a book or a census after "according to" as the source', () => {
    const result = analyse([
      'Tomas Reyes flew the ferry for twenty years.',
      'The pilot had been with the line since 2004, according to his online profile.',
      'He was born in a port town, according to his biography.',
      'The town has 4,000 people, according to the 2010 census.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'The pilot had been with the line since 2004 → Reyes’s online profile',
      'He was born in a port town → Reyes’s biography',
      'The town has 4,000 people → the 2010 census',
    ]);
  });
});
