// The gender a person's role states: "9/11 widow", "Stein spokeswoman", "the mother of a soldier". Where it says
// one, it outweighs the usual gender of the given name: "widow Terry Strada" is a woman, and "she continued"
// is hers.
import { GENDERED_ROLES } from './lexicon.ts';
import { spaceWords } from './space-words.ts';
import { lowerCase } from './tokens.ts';

/** Honorifics a role read from running text may have run into ("… sought to distance Mr"): not the role's. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss']);

/**
 * The gender of a person with this role and a given name of this gender: the role's, except that outlets write
 * "spokesman" and "chairman" of women too, where a woman's given name says more ("Vance spokesman Mary Hicks …
 * “…,” she said" had been left unattributed).
 */
export function personGender(role: string | null, given: 'm' | 'f' | null): 'm' | 'f' | null {
  const byRole = roleGender(role);
  if (byRole === 'm' && given === 'f' && GENERIC_MALE.test(role ?? '')) return 'f';
  return byRole ?? given;
}
const GENERIC_MALE = /\b(?:spokesman|chairman)$/i;

/**
 * The gender of the role's head: its last word ("9/11 widow") or a word before "of" ("widow of a soldier").
 * Null for none, or for two that disagree.
 */
export function roleGender(role: string | null): 'm' | 'f' | null {
  // No role (most people) splits to [''], which no role word matches.
  if (!role) return null;
  const words = spaceWords(lowerCase(role));
  let found: 'm' | 'f' | null = null;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (HONORIFICS.has(word) || (i < words.length - 1 && words[i + 1] !== 'of')) continue;
    const gender = GENDERED_ROLES[word];
    if (gender === undefined) continue;
    if (found !== null && found !== gender) return null;
    found = gender;
  }
  return found;
}
