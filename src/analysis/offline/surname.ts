// The surname of a full name, shared by the registry and the rules that name speakers.

import { spaceWords } from './space-words.ts';
import { fold } from './tokens.ts';

/** The surname: the last word, passing over a generational suffix ("George T. Vance III" is Vance). */
export function lastWord(name: string): string {
  // The shared split is read, not popped: `last` walks back over the suffixes instead.
  const words = spaceWords(name);
  let last = words.length - 1;
  while (last > 0 && isSuffix(words[last] as string)) last--;
  return words[last] ?? name;
}

/**
 * A person as the owner in "X’s father": the surname, or the whole name when it ends in a suffix. "Martin Hale
 * Jr." has a father of the same surname, and "Hale’s father" would name the son's grandfather (an editor's read).
 */
export function ownerName(name: string): string {
  const words = spaceWords(name);
  return words.length > 1 && isSuffix(words[words.length - 1] as string) ? name : lastWord(name);
}

/**
 * fold(lastWord(name)) for one article, each name's answer kept: the registry asks it of every person's
 * mention, and an article names the same few people again and again (a split, a pattern and a fold each).
 * Made per article, so nothing is carried from one article to the next.
 */
export function surnameKeys(): (name: string) => string {
  const known = new Map<string, string>();
  return (name) => {
    let key = known.get(name);
    if (key === undefined) {
      key = fold(lastWord(name));
      known.set(name, key);
    }
    return key;
  };
}

/** `/^(?:jr|sr|ii|iii|iv)\.?$/i`; no word longer than four characters is one, and most surnames are. */
function isSuffix(word: string): boolean {
  return word.length <= 4 && /^(?:jr|sr|ii|iii|iv)\.?$/i.test(word);
}
