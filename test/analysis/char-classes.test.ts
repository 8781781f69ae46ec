import { describe, expect, it } from 'vitest';
import { CodePointClasses, classesOf, LETTER, MARK, NUMBER } from '../../src/analysis/char-classes.ts';

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
