// "The Arizona Republican said": an epithet of state and party (or office) stands for the politician the story
// named with that state, and the sheet shows the name. With no one, or two, who match, it stays as written.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('a state epithet as the speaker', () => {
  it('is the person named with that state and party in a tag', () => {
    const result = analyse([
      'Sen. Tomas Reyes, R-Ariz., spoke on Sunday. Sen. Otto Vance, D-Vt., also spoke.',
      'The Arizona Republican said the chairman should take “a long look in the mirror” this week.',
    ]);
    expect(directQuotes(result)).toEqual(['a long look in the mirror → Tomas Reyes']);
  });

  it('is the person named with that state before the title or after "of"', () => {
    const before = analyse([
      'Lestrian leaders met. Ohio Sen. Ada Brenner spoke first.',
      '“We will win,” the Ohio senator said.',
    ]);
    expect(directQuotes(before)).toEqual(['We will win, → Ada Brenner']);
    const after = analyse([
      'Sen. Ada Brenner of Ohio spoke first. Sen. Otto Vance spoke next.',
      '“We will win,” the Ohio senator said.',
    ]);
    expect(directQuotes(after)).toEqual(['We will win, → Ada Brenner']);
  });

  it('stays as written when the party differs, or for an unnamed member', () => {
    const party = analyse([
      'Sen. Tomas Reyes, D-Ariz., spoke.',
      'The Arizona Republican said it was “a farce.”',
    ]);
    expect(directQuotes(party)).toEqual(['a farce. → Arizona Republican']);
    const unnamed = analyse([
      'Sen. Tomas Reyes, R-Ariz., spoke.',
      '“We will win,” a New Hampshire Republican said.',
    ]);
    expect(directQuotes(unnamed)).toEqual(['We will win, → New Hampshire Republican']);
  });

  it('reads "W.Va." in a tag as West Virginia, and never gives "the Virginia senator" to a West Virginian', () => {
    const tagged = analyse([
      'Sen. Dale Corbin, D-W.Va., voted against the bill.',
      '“We have the votes,” the West Virginia Democrat said on Tuesday.',
    ]);
    expect(directQuotes(tagged)).toEqual(['We have the votes, → Dale Corbin']);
    for (const named of ['Sen. Dale Corbin, D-W.Va.,', 'West Virginia Sen. Dale Corbin']) {
      const other = analyse([
        `${named} voted against the bill on Monday.`,
        '“We have the votes,” the Virginia senator said on Tuesday.',
      ]);
      expect(directQuotes(other)).toEqual(['We have the votes, → the Virginia senator']);
    }
  });

  it('reads "of Kansas City, Mo." as a city, not as a state of the person’s', () => {
    const result = analyse([
      'Sen. Tim Dale of Kansas City, Mo., voted no.',
      '“We have the votes,” the Missouri senator said on Tuesday.',
    ]);
    expect(directQuotes(result)).toEqual(['We have the votes, → Tim Dale']);
  });
});
