// A qualified description credited with a quote ("the Lestria businessman said"), when no one named holds its
// office, is the subject of the sentence before, unless another person that sentence names could be meant.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('a description standing for the subject of the sentence before', () => {
  it('is that subject, after a quote or opening its sentence', () => {
    const result = analyse([
      'Tomas Tarne, speaking after Mayor Ada Kiel at the forum, blamed her for the closures.',
      '“We need change,” the Lestria businessman said.',
      'Ada Kiel spoke first. The two-term mayor says the pier will reopen in May.',
    ]);
    expect(directQuotes(result)).toEqual(['We need change, → Tomas Tarne']);
    expect(indirectQuotes(result)).toEqual(['the pier will reopen in May → Ada Kiel']);
  });

  it('stays a description when another person could be meant', () => {
    const result = analyse([
      'Tomas Tarne met Peter Brenner on Monday.',
      '“We need change,” the Lestria businessman said.',
      'Tomas Tarne was praised by Ada Kiel on Monday.',
      '“We need change,” the former Lestria mayor said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'We need change, → the Lestria businessman',
      'We need change, → the former Lestria mayor',
    ]);
  });
});
