import { describe, expect, it } from 'vitest';
import { analyse, indirectQuotes } from './article.ts';

describe('offline indirect quotes', () => {
  it('reads "X said (that) CLAUSE", skipping an adverbial before "that"', () => {
    const result = analyse([
      'Ruth Kamau, the lawyer who argued the case, said outside the court that her clients had waited nine years.',
    ]);
    expect(indirectQuotes(result)).toEqual(['her clients had waited nine years → Ruth Kamau']);
  });

  it('does not take a later "that" for the clause start', () => {
    const result = analyse(['Jason Pell said he had been due to work that night but swapped shifts.']);
    expect(indirectQuotes(result)).toEqual([
      'he had been due to work that night but swapped shifts → Jason Pell',
    ]);
  });

  it('reads the speaker after the clause: "CLAUSE, police said."', () => {
    const result = analyse(['A man in his 60s died when a tree fell on his car near Vestham, police said.']);
    expect(indirectQuotes(result)).toEqual([
      'A man in his 60s died when a tree fell on his car near Vestham → police',
    ]);
  });

  it('reads "According to X, CLAUSE" and "CLAUSE, according to X"', () => {
    const result = analyse([
      'According to the Red Crescent, the freed captives included nine women.',
      'Mining accounts for roughly 14% of the economy, according to the state treasury.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the freed captives included nine women → Red Crescent',
      'Mining accounts for roughly 14% of the economy → the state treasury',
    ]);
  });

  it('credits a claim to a document only with "according to" or a verb a document takes', () => {
    const result = analyse([
      'According to court documents, the expansion would have added 1,200 hectares.',
      'The figures argued that the port had lost money for a decade.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the expansion would have added 1,200 hectares → court documents',
    ]);
  });

  it('reads "X welcomed it, saying CLAUSE" as X', () => {
    const result = analyse([
      'Finance Minister Jonas Berg welcomed the decision, saying it would bring relief to households.',
    ]);
    expect(indirectQuotes(result)).toEqual(['it would bring relief to households → Jonas Berg']);
  });

  it('stops the clause where a second report begins, and gives the second the same subject', () => {
    const result = analyse([
      'Transport minister Paul Devlin described the strike as “deeply irresponsible” and said the government would consider new laws.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the government would consider new laws → Paul Devlin']);
  });
});
