// Words that look like a report and are not one: an editor's note, a headline's verb inside a name, a verb
// of answering with its object, a correspondent's "reported from", "states" after "many Asian"; and a titled
// surname read before the full name it belongs to.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('labels, answers and titled surnames', () => {
  it('reads an editor’s note as the page’s label, with either apostrophe', () => {
    for (const apostrophe of ["'", '’']) {
      const result = analyse([
        'The harbour board met on Monday to vote on the ferry levy.',
        `Editor${apostrophe}s note: Mayor Tomas Reyes routinely mocks his critics and has pledged to close the harbour library.`,
      ]);
      expect(indirectQuotes(result)).toEqual([]);
    }
  });

  it('ends a headline’s name at its verb', () => {
    const result = analyse([
      'Ada Brenner Compares Reyes’s Levy To A Toll On Every Ferry.',
      'Reyes said the levy would pay for two new ferries by 2028.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the levy would pay for two new ferries by 2028 → Reyes']);
  });

  it('reads what a verb of answering answers as its object, not a report', () => {
    const result = analyse([
      'Reyes responded to Brenner’s sharpest jab yet with one joke that had the hall laughing.',
      'Ada Ryder, the board’s counsel, replied on Saturday to suggest the dispute was a misunderstanding.',
      'Reyes responded to the critics that the ferry was safe.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the dispute was a misunderstanding → Ada Ryder',
      'the ferry was safe → Reyes',
    ]);
  });

  it('reads a correspondent’s "reported from" as where she worked, unless "that" follows the place', () => {
    const result = analyse([
      'Dana Pell is the Courier’s harbour editor.',
      'She’s reported from every single GOP council debate this year, and has been reporting in Tarsa.',
      'Pell reported from the quay that the last ferry had been held back.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the last ferry had been held back → Dana Pell']);
  });

  it('reads "states" after a place adjective or "many" as the noun, not a verb crediting the quote', () => {
    const result = analyse([
      'Korvin worries many Asian states, and it has worn “silk mittens” with them, said Ada Brenner, an expert at Tarsa University.',
      'Gulf states, and the ferry guild, have called the levy “a tax on the sea,” said Tomas Reyes.',
      'The ministry states “the port is closed” in its notice.',
    ]);
    expect(directQuotes(result)).toEqual([
      'silk mittens → Ada Brenner',
      'a tax on the sea, → Tomas Reyes',
      'the port is closed → the ministry',
    ]);
  });

  it('gives a titled surname read first to the full name with the same title', () => {
    const result = analyse([
      'GOP Rep Varga Backs Bill Revoking Ferry Passes.',
      'Rep. Ilse Varga (R-Korv.) introduced the bill on Monday.',
      '“We simply introduced a bill,” Varga said.',
    ]);
    expect(directQuotes(result)).toEqual(['We simply introduced a bill, → Ilse Varga']);
  });

  it('keeps a titled surname apart from a namesake without that title', () => {
    const result = analyse([
      'President Dorn spoke at the harbour on Monday.',
      'Mira Dorn, a harbour pilot, said the channel was too shallow for the new ferries.',
      '“We will dredge it this winter,” Dorn said.',
    ]);
    expect(directQuotes(result)).toEqual(['We will dredge it this winter, → Dorn']);
  });
});
