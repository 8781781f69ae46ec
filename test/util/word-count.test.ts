// countWords counts as /\S+/g does, every whitespace JavaScript knows included: the furniture and top-matter
// rules' word limits, and the offline rules' sentence lengths, must not move.
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/util/word-count.ts';

const regexCount = (text: string) => text.match(/\S+/g)?.length ?? 0;
const SPACES = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2005',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
];
// Look like spaces, are not \s: a zero-width space, a joiner, a control character, an emoji's halves.
const NOT_SPACES = ['\u200b', '\u200d', '\u0085', '\u0000', '😀', 'é'];

describe('countWords', () => {
  it.each(['', '   ', 'one', '  Home  >  News > World ', 'By Jane Roe\u00a0|\u00a0Updated 3 March'])(
    'counts %j as the regex does',
    (text) => {
      expect(countWords(text)).toBe(regexCount(text));
    },
  );

  it('splits on every JavaScript whitespace and on nothing else', () => {
    for (const space of SPACES) expect(countWords(`a${space}b${space}${space}c`)).toBe(3);
    for (const other of NOT_SPACES) expect(countWords(`a${other}b c`)).toBe(regexCount(`a${other}b c`));
    const mixed = ['x', ...SPACES, 'y', ...NOT_SPACES, ' z'].join('');
    expect(countWords(mixed)).toBe(regexCount(mixed));
  });
});
