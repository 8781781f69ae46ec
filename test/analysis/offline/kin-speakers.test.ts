// A "she said" after a sentence whose subject is a relative known only by kinship ("My aunt has grown gentler, yet
// she insists") is the relative's, named by whose relative she is, never a person named paragraphs before.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('a pronoun after a relative as the subject', () => {
  it('is the writer’s relative in first-person copy, not the president named before', () => {
    const result = analyse([
      'Like President Otto Vance, I trust that voters will choose well.',
      'My uncle left town long ago. My aunt has grown gentler, yet at 91 she still insists, “Nobody is owed a thing.”',
    ]);
    expect(directQuotes(result)).toEqual(['Nobody is owed a thing. → the writer’s aunt']);
  });

  it('is the named person’s relative after "his" or "her"', () => {
    const result = analyse([
      'Tomas Reyes spoke at the rally.',
      'His wife stood beside him. “We are tired,” she said.',
    ]);
    expect(directQuotes(result)).toEqual(['We are tired, → Reyes’s wife']);
  });

  it('stays with the named person when the relative is of the other gender', () => {
    const result = analyse([
      'Ada Brenner spoke at the rally.',
      'Her husband has been ill, and she said, “We are tired.”',
    ]);
    expect(directQuotes(result)).toEqual(['We are tired. → Ada Brenner']);
  });

  it('takes the gender of "their father, former Vice President X," even with a title before the name', () => {
    const result = analyse([
      'Mary Vance, the younger sister of Liz Vance, a council candidate, faulted her sister’s stand on the toll.',
      'Their father, former Vice President Dick Vance, opposes the toll, and the younger Vance echoed his words when she added, “Fares are for everyone.”',
    ]);
    expect(directQuotes(result)).toEqual(['Fares are for everyone. → Mary Vance']);
  });
});
