// Whom "he", "she" and "it" stand for when the nearest name is not the speaker: a relative named by given
// name alone.
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
});
