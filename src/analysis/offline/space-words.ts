// A name's words, `name.split(/\s+/)`, split once per name: the registry, the gender and surname rules and
// the speaker checks split the same few names of an article again and again (about 200 splits an article on
// the bench, each a regex call and a new array). The arrays are shared: callers only read them.

const SPLIT = new Map<string, readonly string[]>();
const NON_EMPTY = new Map<string, readonly string[]>();
/** Past this many names the memo starts over: it stays small whatever a long-running process reads. */
const MAX_NAMES = 20_000;

/** `text.split(/\s+/)`, read only. */
export function spaceWords(text: string): readonly string[] {
  let words = SPLIT.get(text);
  if (words === undefined) {
    words = text.split(/\s+/);
    if (SPLIT.size >= MAX_NAMES) SPLIT.clear();
    SPLIT.set(text, words);
  }
  return words;
}

/** `text.split(/\s+/).filter(Boolean)`, read only. */
export function nonEmptySpaceWords(text: string): readonly string[] {
  let words = NON_EMPTY.get(text);
  if (words === undefined) {
    words = text.split(/\s+/).filter(Boolean);
    if (NON_EMPTY.size >= MAX_NAMES) NON_EMPTY.clear();
    NON_EMPTY.set(text, words);
  }
  return words;
}
