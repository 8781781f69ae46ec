// A description of an office as the speaker ("the four-term congressman", "the former Alaska governor") is the
// person the story named with that office: "Rep." spells out a congressman, and a description whose words all
// stand in one person's title names that person, even past people named since without a role.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('a description of an office as the speaker', () => {
  it('is the representative for "the congressman"', () => {
    const result = analyse([
      'Rep. Tomas Reyes will not seek another term. Ada Brenner, a former aide, had accused him.',
      '“I never learned how to run an office,” the four-term congressman said.',
    ]);
    expect(directQuotes(result)).toEqual(['I never learned how to run an office, → Tomas Reyes']);
  });

  it('is the person whose title holds every word of it', () => {
    const result = analyse([
      'Former Alaska Gov. Ada Brenner spoke at the rally. Tomas Reyes, a local pastor, followed her.',
      '“Judge people by their deeds,” the former Alaska governor said.',
    ]);
    expect(directQuotes(result)).toEqual(['Judge people by their deeds, → Ada Brenner']);
  });

  it('stays a description when the title names another state', () => {
    const result = analyse([
      'Former Ohio Gov. Ada Brenner spoke at the rally.',
      '“Judge people by their deeds,” the former Alaska governor said.',
    ]);
    expect(directQuotes(result)).toEqual(['Judge people by their deeds, → the former Alaska governor']);
  });
});

describe('a description of an office opening the sentence after its holder’s', () => {
  it('is the one person the sentence before names, when no one named holds the office', () => {
    const result = analyse([
      'Ada Brenner, a vocal party activist, said in a statement on Tuesday that she was “hurt by the charge that we are ‘bigots.’” The former Alaska governor added that no activist would “judge people by their looks” at all.',
    ]);
    expect(directQuotes(result)).toContain('judge people by their looks → Ada Brenner');
  });

  it('is not a person whose title names another office', () => {
    const result = analyse([
      'Attorney General Ada Brenner recalled a night at the border.',
      '“Where are you going? Stop right there!” the officer said.',
    ]);
    expect(directQuotes(result)).toEqual(['Where are you going? Stop right there! → the officer']);
  });
});
