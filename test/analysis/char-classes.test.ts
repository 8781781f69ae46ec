import { describe, expect, it } from 'vitest';
import {
  CodePointClasses,
  classesOf,
  LETTER,
  letterOrJoinerRunEnd,
  MARK,
  NUMBER,
} from '../../src/analysis/char-classes.ts';

describe('CodePointClasses', () => {
  it('answers as its test, asking it once per code point, in the BMP and past it', () => {
    const asked: string[] = [];
    const classes = new CodePointClasses((char) => {
      asked.push(char);
      return /\p{Lu}/u.test(char) ? 1 : 0;
    });
    for (const char of ['É', 'é', 'É', '𝐀', '𝐚', '𝐀']) {
      expect(classes.of(char.codePointAt(0) as number), char).toBe(/\p{Lu}/u.test(char) ? 1 : 0);
    }
    expect(asked).toEqual(['É', 'é', '𝐀', '𝐚']);
  });
});

describe('classesOf', () => {
  it('gives the u-flag patterns’ letter, number and mark classes', () => {
    for (const char of ['a', 'Z', '7', ' ', 'ß', '²', '٣', '\u0301', '𝐀', '\ud835', '’']) {
      const expected =
        (/\p{L}/u.test(char) ? LETTER : 0) |
        (/\p{N}/u.test(char) ? NUMBER : 0) |
        (/\p{M}/u.test(char) ? MARK : 0);
      expect(classesOf(char.codePointAt(0) as number), char).toBe(expected);
    }
  });
});

describe('letterOrJoinerRunEnd', () => {
  it('ends where the pattern’s run of letters, apostrophes and hyphens ends', () => {
    const run = /[\p{L}'’-]*/uy;
    for (const text of [
      'O’Neill-Kerr said',
      "rock'n'roll.",
      'x𝐀b-c 9',
      'Zoë\u0301x',
      '\ud835a',
      '',
      '7 days',
    ]) {
      // From every code point's start, as the callers read (a u-flag pattern never starts inside a pair).
      for (let from = 0; from <= text.length; from += (text.codePointAt(from) ?? 0) > 0xffff ? 2 : 1) {
        run.lastIndex = from;
        run.exec(text);
        expect(letterOrJoinerRunEnd(text, from), JSON.stringify([text, from])).toBe(run.lastIndex);
      }
    }
  });
});
