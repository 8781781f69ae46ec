import { describe, expect, it } from 'vitest';
import { nonEmptySpaceWords, spaceWords } from '../../../src/analysis/offline/space-words.ts';

describe('spaceWords', () => {
  it('gives the split by whitespace, the same array on a second ask', () => {
    for (const name of ['Ada Brenner', ' Tomas  Reyes ', 'George T. Vance III', '', 'Nordnett']) {
      expect(spaceWords(name)).toEqual(name.split(/\s+/));
      expect(nonEmptySpaceWords(name)).toEqual(name.split(/\s+/).filter(Boolean));
      expect(spaceWords(name)).toBe(spaceWords(name));
    }
  });
});
