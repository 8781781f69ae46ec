// Whether a person's name is whole enough to state a fact about. The name finder sometimes stops at a middle
// initial ("Michael R" of "Michael R. Bloomberg") or takes a place or a plural for a person ("New York",
// "Other Democrats"); a fact sheet that names such a "person" misinforms, so the fact is left out instead.

import { nonEmptySpaceWords } from './space-words.ts';
import { lowerCase } from './tokens.ts';

/** First words that start places, groups and descriptions, never a person's name. */
const NOT_A_FIRST_NAME = new Set(
  `other others new los las san santa fort north south east west united some many several all both former
  the a an democrats republicans democratic republican house senate white`.split(/\s+/),
);

export function isPersonName(name: string): boolean {
  const words = nonEmptySpaceWords(name);
  if (words.length < 2) return false;
  if (NOT_A_FIRST_NAME.has(lowerCase(words[0] as string))) return false;
  // A lone capital is an initial: at the end it means the name was cut ("Carolyn B").
  const last = words.at(-1) as string;
  if (/^\p{Lu}\.?$/u.test(last)) return false;
  return words.every(
    (word) => /^\p{Lu}/u.test(word) || /^(?:al|el|de|da|van|von|bin|ibn|le|la|du)(?:-|$)/.test(word),
  );
}
