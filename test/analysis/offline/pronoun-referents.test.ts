// Whom "he", "she" and "it" stand for when the nearest name is not the speaker: a relative named by given
// name alone, a speaker who opened the sentence before naming others as objects.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('pronoun referents', () => {
  it('reads a given name set off after "his wife" as a woman, so "she said" finds her', () => {
    const result = analyse([
      'Mayor Ilse Brandt opened the session on Monday.',
      'Tomas Reyes and his wife, Ada, toured the plant in Lestria.',
      '“We were impressed by the new line,” she said.',
    ]);
    expect(directQuotes(result)).toEqual(['We were impressed by the new line, → Ada']);
  });

  it('weighs a speaker at the pronoun that opened her sentence, before the names it goes on to mention', () => {
    const result = analyse([
      'Senator Ilse Brandt answered the mayor on Friday.',
      'She says the posts accusing Ada Brenner of fraud are “lies and smears.”',
      'Her reply came in a series of posts.',
      'She wrote: “When something upsets him, he lashes out.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'lies and smears. → Ilse Brandt',
      'When something upsets him, he lashes out. → Ilse Brandt',
    ]);
  });
});
