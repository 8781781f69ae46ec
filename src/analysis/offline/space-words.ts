// A name's words, `name.split(/\s+/)`, split once per name: the registry, the gender and surname rules and
// the speaker checks split the same few names of an article again and again (about 200 splits an article on
// the bench, each a regex call and a new array). The arrays are shared: callers only read them.
import { isSpaceCode } from '../../util/word-count.ts';

const SPLIT = new Map<string, readonly string[]>();
const NON_EMPTY = new Map<string, readonly string[]>();
/** Past this many names the memo starts over: it stays small whatever a long-running process reads. */
const MAX_NAMES = 20_000;

/** `text.split(/\s+/)`, read only. */
export function spaceWords(text: string): readonly string[] {
  let words = SPLIT.get(text);
  if (words === undefined) {
    words = splitAtSpaces(text);
    if (SPLIT.size >= MAX_NAMES) SPLIT.clear();
    SPLIT.set(text, words);
  }
  return words;
}

/** `text.split(/\s+/).filter(Boolean)`, read only. */
export function nonEmptySpaceWords(text: string): readonly string[] {
  let words = NON_EMPTY.get(text);
  if (words === undefined) {
    words = splitAtSpaces(text).filter(Boolean);
    if (NON_EMPTY.size >= MAX_NAMES) NON_EMPTY.clear();
    NON_EMPTY.set(text, words);
  }
  return words;
}

/** `text.split(/\s+/)`, read by code: a name is a few words, and the pattern's split cost more than reading it. */
function splitAtSpaces(text: string): string[] {
  const words: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (!isSpaceCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    words.push(text.slice(start, i));
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    start = i;
  }
  words.push(text.slice(start));
  return words;
}
