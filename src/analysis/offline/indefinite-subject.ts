// "A spokesman for Mayor Reyes said the plan was dead. “It is over,” he said.": a main clause opening on "a" or
// "an" and a role brings in someone new, known only by that role, and the people its phrase names (whom he
// speaks for, after "for", "to", "of"; whom a "who" clause tells of) are not whom the next "he" or "she" stands
// for. The role's own verb and object ("A judge sentenced Reyes. “…,” he said") are left alone: Reyes speaks. An editor's read: a column
// opening on an unnamed leader "who ordered the raid that killed <a named man>" gave the leader's next quote,
// credited "he said", to the dead man. With no name for the newcomer, the pronoun's quote is left unattributed.
import { BODY_NOUNS, ROLE_NOUNS } from './lexicon.ts';

/** An opening phrase whose first comma is followed by a capital: an apposition naming whom the phrase means. */
const NAMED_AFTER = /^[^,.;:]*,\s+\p{Lu}/u;
/** What the role's phrase goes on with when it names others: a preposition or a relative clause. */
const PHRASE_GOES_ON = new Set(['for', 'to', 'of', 'with', 'at', 'from', 'who']);

/**
 * Where the role of an indefinite subject opening the main clause at `mainStart` stands, or -1: "A spokesman",
 * "An aide to", "A former senior adviser of", "A Twitter spokesman for": the role among the three words after
 * "a", with no comma before it, and a preposition or "who" after it.
 */
export function indefiniteRoleAt(text: string, mainStart: number): number {
  let at = mainStart;
  while (text.charCodeAt(at) === 32) at++;
  // Asked of every sentence a pronoun looks back over: most open on no capital "A", told without the split.
  if (text.charCodeAt(at) !== 65) return -1;
  const opening = text.slice(at, at + 120);
  // "A Twitter spokesman, Ada Roe, said", "A potential running mate, Roe is …": the phrase names the person.
  if (NAMED_AFTER.test(opening)) return -1;
  const words = opening.split(' ');
  if (words[0] !== 'A' && words[0] !== 'An') return -1;
  at += words[0].length + 1;
  for (let k = 1; k <= 3 && k < words.length - 1; k++) {
    const word = words[k] as string;
    if (ROLE_NOUNS.has(word) && !BODY_NOUNS.has(word))
      return PHRASE_GOES_ON.has(words[k + 1] ?? '') ? at : -1;
    if (!/^[\p{L}-]+$/u.test(word)) return -1;
    at += word.length + 1;
  }
  return -1;
}
