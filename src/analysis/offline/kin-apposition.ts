// "Reyes and his wife, Ada, toured the plant": a lone given name set off by commas after a word for a relative
// or a spokesperson is a person, and the word says which gender. Without this "Ada" is no one the registry
// knows, and a later "she said" goes to another woman, sometimes several sentences back.
import { wordLexicon } from './compromise-lexicon.ts';
import { GENDERED_ROLES } from './lexicon.ts';
import type { Run } from './name-runs.ts';
import { lowerCase, lowerOf, type Token } from './tokens.ts';
import { isUpperCase } from './upper-case.ts';

/** Relatives who mostly bear the family's surname in the news: "Reyes's wife, Ada," is Ada Reyes. */
const FAMILY = ['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'widow'];
const FAMILY_NOUNS = new Set(FAMILY);

/** Relatives and spokespeople whose name may follow them alone: "his son, Iwo," "her spokeswoman, Mira." */
const KIN_NOUNS = new Set([...FAMILY, 'grandmother', 'grandfather', 'uncle', 'spokesman', 'spokeswoman']);

/** What says whose relative it is: "his wife", "the senator’s younger son" ends in one of these or a possessive. */
const OWNERS = new Set(['his', 'her', 'their', 'my', 'our', 'the']);

/** What may follow the name: the closing comma, the sentence's end, or a bracket. */
const AFTER_NAME = new Set([',', '.', ')', ';']);

/**
 * The gender the kin word gives a run it names ("wife" → "f"), or undefined when the run is no such
 * apposition. Only a determiner or a possessive before the kin word, with at most one word between ("his
 * first wife"): "Reyes said Tuesday, Ada…" has no kin word, "Brennock, Ada…" no owner. A full name is read
 * too ("his wife, Huma Kellin, a longtime aide"): a given name rare in English tells no gender, and read as
 * no one's, "he told reporters" after it went to the wife.
 */
export function kinApposition(run: Run, titled = false): 'm' | 'f' | undefined {
  const tokens = run.sentenceTokens;
  const word = tokens[run.at] as Token;
  // "their father, former Vice President Dick Vance,": a title's modifier stands between the comma and the run.
  let at = run.at;
  while (titled && TITLE_MODIFIERS.has(lowerOf(tokens[at - 1]))) at--;
  if (tokens[at - 1]?.text !== ',' || !AFTER_NAME.has(tokens[run.at + run.tokens.length]?.text ?? '')) {
    return undefined;
  }
  const kin = lowerOf(tokens[at - 2]);
  if (!KIN_NOUNS.has(kin) || !(hasOwner(tokens[at - 3]) || hasOwner(tokens[at - 4]))) return undefined;
  // A place or an acronym after the kin word is where they are, or a body: "his son, Korvin-based, …" is rare.
  const key = lowerCase(word.text);
  const lexicon = wordLexicon();
  if (!titled && (isUpperCase(word.text) || lexicon.places.has(key) || lexicon.notNouns.has(key)))
    return undefined;
  return GENDERED_ROLES[kin];
}

/** Words before a title that are not part of the run: "former Vice President", "then-Governor". */
const TITLE_MODIFIERS = new Set(['former', 'late', 'then', 'retired', 'longtime']);

function hasOwner(token: Token | undefined): boolean {
  if (!token) return false;
  const word = lowerOf(token);
  return OWNERS.has(word) || /['’]s$/.test(token.text);
}

/**
 * The full name a lone given name takes from the named owner of its kin word: "Clinton's husband, Bill," is
 * Bill Clinton, so the sheet shows him so, not as "Bill" (an editor's read). Null when the owner is not a name
 * ("his wife, Ada", "the mayor's son, Iwo") or the kin word is no family's.
 */
export function kinFullName(run: Run): string | null {
  const tokens = run.sentenceTokens;
  const owner = tokens[run.at - 3];
  if (!FAMILY_NOUNS.has(lowerOf(tokens[run.at - 2])) || !owner || !/^\p{Lu}\p{Ll}+['’]s$/u.test(owner.text))
    return null;
  return `${(tokens[run.at] as Token).text} ${owner.text.slice(0, -2)}`;
}
