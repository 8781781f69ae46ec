// The role shown beside a speaker is the whole phrase the copy gives, or none: never a modifier cut from its
// noun ("chief" of "chief economic adviser"), a count ("Another critic"), a comparison ("Like President"), a
// headline's quoted words, or the end of the reporter's sentence read as an apposition.
import { describe, expect, it } from 'vitest';
import { analyse } from './article.ts';

const credits = (paragraphs: string[]) =>
  analyse(paragraphs).quotes.map((quote) => `${quote.speaker} (${quote.role})`);

describe('a role whose first noun modifies another', () => {
  it('runs on to the noun it modifies', () => {
    expect(
      credits(['“Rates will hold,” said Omar Lindqvist, chief economic adviser at Halvard Bank.']),
    ).toEqual(['Omar Lindqvist (chief economic adviser at Halvard Bank)']);
    expect(
      credits(['“Nothing has changed,” said Lena Morrow, the deputy Harbour Board press secretary.']),
    ).toEqual(['Lena Morrow (deputy Harbour Board press secretary)']);
    expect(credits(['“We are fine,” said Anton Grell, a major party fundraiser in Dunmore.'])).toEqual([
      'Anton Grell (major party fundraiser)',
    ]);
  });

  it('keeps "in chief" with its title', () => {
    expect(credits(['“We stand by it,” said Lena Morrow, the Courier’s editor in chief.'])).toEqual([
      'Lena Morrow (Courier’s editor in chief)',
    ]);
  });

  it('is dropped when the noun it modifies is not known as a role', () => {
    expect(
      credits(['“It was a long night,” said Anton Grell, chief debate wrangler for the council.']),
    ).toEqual(['Anton Grell (null)']);
  });
});

describe('a role opened by a count', () => {
  it('keeps the role without "another" or "one"', () => {
    expect(credits(['Another critic, Lorna Vex, likened the rules to “burning the harbour down.”'])).toEqual([
      'Lorna Vex (critic)',
    ]);
    expect(credits(['One delegate on the slate, Kay Smit, said she was “leaning north.”'])).toEqual([
      'Kay Smit (delegate)',
    ]);
    expect(credits(['Among the allies, the deputy mayor, Ada Brenner, called the plan “dead.”'])).toEqual([
      'Ada Brenner (deputy mayor)',
    ]);
  });
});

describe('words before a name that are no role', () => {
  it('drops a comparison', () => {
    const shown = credits(['Like President Otto Vance, I trust the voters.', '“We are fine,” Vance said.']);
    expect(shown).toEqual(['Otto Vance (null)']);
  });

  it('drops the end of the reporter’s sentence after a quote that ends on a preposition', () => {
    expect(credits(['Vance “felt a duty to do something about” harbour silt, Tomas Reyes said.'])).toEqual([
      'Tomas Reyes (null)',
    ]);
  });

  it('drops the first noun of a clause told before the name, its verb a plain present', () => {
    const shown = credits(['Aunt and niece argue about the orchard every spring, Dora Fenwick said.']);
    expect(shown).toEqual(['Dora Fenwick (null)']);
    expect(credits(['Her mother, Dora Fenwick, said, “We argue.”'])).toEqual(['Dora Fenwick (mother)']);
  });

  it('keeps a description that opens on a possessive or names a person', () => {
    expect(credits(['“It is time,” said the mayor’s introducer, the actor Lena Morrow.'])).toEqual([
      'Lena Morrow (the mayor’s introducer)',
    ]);
    expect(credits(['“He had it coming,” the assailant, Tomas Reyes, told the radio station.'])).toEqual([
      'Tomas Reyes (the assailant)',
    ]);
  });
});
