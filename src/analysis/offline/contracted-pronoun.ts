// "They're saying …", "We're told …", "he'd said …": a pronoun written with its auxiliary is one token, and read
// whole it was a capitalised word the name finder kept ("We're" as a person) and no pronoun a speaker could be.
import { inPronouns } from './lexicon.ts';

/** "they're", "we'd", "i'll": the word without its contracted auxiliary. */
export function uncontracted(word: string): string {
  return word.replace(/['’](?:re|ve|d|ll|m)$/, '');
}

/** The pronoun a word is, its contracted auxiliary dropped, or null. */
export function pronounOf(word: string): string | null {
  const base = uncontracted(word);
  return inPronouns(base) ? base : null;
}
