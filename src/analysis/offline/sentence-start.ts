// Where a new sentence may start after a stop or a closing quote mark: whitespace, then a capital, a number,
// or an opening quote or bracket.
import { isSpaceCode } from '../../util/word-count.ts';
import { classesOf, codePointIn, LETTER, NUMBER } from '../char-classes.ts';

/** Whitespace, then something a sentence can start with. */
export function startsSentence(text: string, at: number): boolean {
  if (at >= text.length || text.charCodeAt(at) === 10) return true;
  // `/^\s+[\p{Lu}\p{N}“"‘'(]/u` of the next three characters, read in place rather than sliced.
  const limit = Math.min(at + 3, text.length);
  let i = at;
  while (i < limit && isSpaceCode(text.charCodeAt(i))) i++;
  return i > at && i < limit && opensSentence(codePointIn(text, i, limit));
}

/** `[\p{Lu}\p{N}“"‘'(]` with the u flag: a capital, a number, an opening quote or bracket. */
function opensSentence(code: number): boolean {
  if (code < 128)
    return (
      (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 34 || code === 39 || code === 40
    );
  if (code === 0x201c || code === 0x2018 || (classesOf(code) & NUMBER) !== 0) return true;
  return (classesOf(code) & LETTER) !== 0 && UPPER.test(String.fromCodePoint(code));
}

const UPPER = /^\p{Lu}$/u;

/**
 * "…I love tacos!”Former governor …": a capital glued to the closing mark of a quote that ended on a stop opens
 * the next sentence, the space lost in the outlet's copy. Only after a quote: "U.S.Army" is a name's typo.
 */
export function gluedCapital(text: string, at: number): boolean {
  const code = at < text.length ? text.charCodeAt(at) : 0;
  return code >= 65 && code <= 90 && /^\p{Ll}/u.test(text[at + 1] ?? '');
}
