import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/util/bounded-memo.ts';

describe('boundedMemo', () => {
  it('answers as the function, asking it once per key', () => {
    const asked: string[] = [];
    const shout = boundedMemo((word: string) => {
      asked.push(word);
      return word.toUpperCase();
    }, 10);
    expect([shout('ada'), shout('tomas'), shout('ada')]).toEqual(['ADA', 'TOMAS', 'ADA']);
    expect(asked).toEqual(['ada', 'tomas']);
  });

  it('keeps the same object for a key it holds', () => {
    const words = boundedMemo((text: string) => text.split(' '), 10);
    expect(words('Vera Lind')).toBe(words('Vera Lind'));
  });

  it('starts over once it holds its cap, and answers the same after', () => {
    const asked: string[] = [];
    const length = boundedMemo((word: string) => {
      asked.push(word);
      return word.length;
    }, 2);
    length('a');
    length('bb');
    // Full at two: the third key clears the memo, so "a" is asked again while "ccc" is still held.
    expect(length('ccc')).toBe(3);
    expect(length('a')).toBe(1);
    expect(length('ccc')).toBe(3);
    expect(asked).toEqual(['a', 'bb', 'ccc', 'a']);
  });
});
