// The surname of a full name, shared by the registry and the rules that name speakers.
import { fold } from './tokens.ts';

/** The surname: the last word, passing over a generational suffix ("George T. Vance III" is Vance). */
export function lastWord(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && /^(?:jr|sr|ii|iii|iv)\.?$/i.test(words.at(-1) ?? '')) words.pop();
  return words.at(-1) ?? name;
}

const FOLDED_SURNAMES = new Map<string, string>();

/**
 * fold(lastWord(name)), remembered: the registry asks it of every person's mention, and an article names the
 * same few people again and again (a split, a pattern and a fold per mention otherwise).
 */
export function foldedSurname(name: string): string {
  let surname = FOLDED_SURNAMES.get(name);
  if (surname === undefined) {
    surname = fold(lastWord(name));
    // Bounded like tokens.ts's lower-case memo: a long-running process sees ever new names.
    if (FOLDED_SURNAMES.size > 50_000) FOLDED_SURNAMES.clear();
    FOLDED_SURNAMES.set(name, surname);
  }
  return surname;
}
