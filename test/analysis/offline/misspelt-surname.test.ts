// A speaker credited by a bare surname one letter off the surname of a person the story names in full is that
// person with the outlet's typo. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('a misspelt surname', () => {
  it('is the speaker named in full whose surname it misses by one letter, or by its apostrophe', () => {
    const result = analyse([
      'Mayor Daniel Kessler opened the new pier on Monday. “It is a good day,” Kessler said.',
      'Later that day Kesler announced the ferry would run again. “We kept our word,” Kesler said.',
      "“The quay is safe,” said Police Chief James O’Malley. “No one was hurt,” O'Malley said.",
    ]);
    expect(directQuotes(result)).toEqual([
      'It is a good day, → Daniel Kessler',
      'We kept our word, → Daniel Kessler',
      'The quay is safe, → James O’Malley',
      'No one was hurt, → James O’Malley',
    ]);
  });

  it('stays its own speaker when two people named in full are each one letter away, or the surname is short', () => {
    const result = analyse([
      'Ann Marsen and Paul Marten led the port talks on Monday.',
      '“The tolls stay,” Marsen said. “We are close,” Martin said.',
      'Nina Ruiz, the harbour master, spoke later. “We are ready,” Ruis said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'The tolls stay, → Ann Marsen',
      'We are close, → Martin',
      'We are ready, → Ruis',
    ]);
  });
});
