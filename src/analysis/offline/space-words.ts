// A name's words, `name.split(/\s+/)`, split once per name: the registry, the gender and surname rules and
// the speaker checks split the same few names of an article again and again (about 200 splits an article on
// the bench, each a regex call and a new array). The arrays are shared: callers only read them.
import { boundedMemo } from '../../util/bounded-memo.ts';
import { isSpaceCode } from '../../util/word-count.ts';

/** Past this many names a memo starts over: it stays small whatever a long-running process reads. */
const MAX_NAMES = 20_000;

const splitMemo = boundedMemo<readonly string[]>(splitAtSpaces, MAX_NAMES);
const nonEmptyMemo = boundedMemo<readonly string[]>((text) => splitAtSpaces(text).filter(Boolean), MAX_NAMES);

/** `text.split(/\s+/)`, read only. */
export function spaceWords(text: string): readonly string[] {
  return splitMemo(text);
}

/** `text.split(/\s+/).filter(Boolean)`, read only. */
export function nonEmptySpaceWords(text: string): readonly string[] {
  return nonEmptyMemo(text);
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
