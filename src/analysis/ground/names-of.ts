// The names model-written prose holds, as the written check (check-written.ts) reads them: capitalised words
// that do not open a sentence (or a quotation). A sentence's first word is capitalised whatever it is, so it
// proves nothing and is not checked. The words are the matches of /\p{Lu}[\p{L}'’-]*\/gu, found by reading
// character codes: the pattern tried its Unicode class at every character of the prose, and the prose checked
// is about as long as the article itself.
import { isSpaceCode } from '../../util/word-count.ts';
import { codePointIn, letterOrJoinerRunEnd, widthOf } from '../char-classes.ts';

const OPENS_SENTENCE = new Set([...'.!?:;"“‘«(-–—']);

/**
 * Where a capital may start: an ASCII capital or any code unit past ASCII. The pattern's native search skips the
 * lower-case prose between names (most of it), which the loop read a code point at a time; every stop it makes
 * is a code point's start, as each skipped character is one ASCII code unit.
 */
const MAY_BE_UPPER = /[A-Z\u0080-\uffff]/g;

export function namesOf(text: string): string[] {
  const names: string[] = [];
  MAY_BE_UPPER.lastIndex = 0;
  while (MAY_BE_UPPER.test(text)) {
    const i = MAY_BE_UPPER.lastIndex - 1;
    const code = codePointIn(text, i, text.length);
    if (!isUpper(code)) {
      MAY_BE_UPPER.lastIndex = i + widthOf(code);
      continue;
    }
    const end = letterOrJoinerRunEnd(text, i + widthOf(code));
    addName(names, text, i, end);
    MAY_BE_UPPER.lastIndex = end;
  }
  return names;
}

/** The name of the capitalised word [start, end), or its parts, unless it opens a sentence. */
function addName(names: string[], text: string, start: number, end: number): void {
  // The character before the name, over whitespace, read in place.
  let k = start;
  while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
  if (k === 0 || OPENS_SENTENCE.has(text[k - 1] as string)) return;
  const found = text.slice(start, end);
  // A plain word (no apostrophe, no hyphen) is its own only part: the patterns below would leave it whole.
  if (!found.includes("'") && !found.includes('’') && !found.includes('-')) {
    if (found.length >= 2) names.push(found);
    return;
  }
  const word = found.replace(/['’]s$/u, '').replace(/[-'’]+$/u, '');
  if (word.length < 2) return;
  for (const part of word.split(/[-'’]/u)) if (part.length >= 2) names.push(part);
}

/** `\p{Lu}` of one code point: ASCII by range, anything else asked of the pattern once and kept. */
function isUpper(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  let upper = UPPER.get(code);
  if (upper === undefined) {
    upper = /\p{Lu}/u.test(String.fromCodePoint(code));
    UPPER.set(code, upper);
  }
  return upper;
}

const UPPER = new Map<number, boolean>();
