import { describe, expect, it } from 'vitest';
import { elidedPieces } from '../../../src/analysis/compare/elided-pieces.ts';

describe('elidedPieces', () => {
  it('splits a quote at every form of ellipsis and marks what an ellipsis follows', () => {
    expect(elidedPieces('We sailed… and we came back. . . tired....but home….we rested')).toEqual([
      { words: 'We sailed', elidedAfter: true },
      { words: 'and we came back', elidedAfter: true },
      { words: 'tired', elidedAfter: true },
      { words: 'but home', elidedAfter: true },
      { words: 'we rested', elidedAfter: false },
    ]);
  });

  it('leaves a quote without one whole, and drops the empty edge of a leading or trailing one', () => {
    expect(elidedPieces('The U.S. port reopened.')).toEqual([
      { words: 'The U.S. port reopened.', elidedAfter: false },
    ]);
    expect(elidedPieces('…we will be back...')).toEqual([{ words: 'we will be back', elidedAfter: true }]);
  });
});
