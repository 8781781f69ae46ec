// Verbs that credit a quote only after it ("“…,” Delgado began", "“…,” she offered"), and "it said" after a
// sentence that opened on a document.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('credits after a quote', () => {
  it('reads began, jokes and offered after a quote as its credit, not before a title', () => {
    const result = analyse([
      '“The county says you promised them a new stadium in March,” Pia Delgado began.',
      '“This line goes on forever!” Delgado jokes.',
      '“Maybe next year,” the mayor offered.',
      'The mayor began “Operation Clean Harbor” last week.',
    ]);
    expect(directQuotes(result)).toEqual([
      'The county says you promised them a new stadium in March, → Pia Delgado',
      'This line goes on forever! → Pia Delgado',
      'Maybe next year, → the mayor',
    ]);
  });

  it('credits "it said" to the document that opened the sentence before', () => {
    const result = analyse([
      'The memo from the county office was blunt.',
      '“Every bridge inspection must be finished by March,” it said.',
      'The report came out on Friday. It said the harbour master may have lied.',
      'The council statement came on Friday. The ferry story upset the harbour as it suggested that the mayor had lied.',
    ]);
    expect(directQuotes(result)).toEqual(['Every bridge inspection must be finished by March, → the memo']);
    expect(indirectQuotes(result)).toEqual(['the harbour master may have lied → the report']);
  });
});
