// The surname of a full name, shared by the registry and the rules that name speakers.
import { fold } from './tokens.ts';

/** The surname: the last word, passing over a generational suffix ("George T. Vance III" is Vance). */
export function lastWord(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && /^(?:jr|sr|ii|iii|iv)\.?$/i.test(words.at(-1) ?? '')) words.pop();
  return words.at(-1) ?? name;
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
