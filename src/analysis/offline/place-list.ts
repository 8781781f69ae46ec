// "voters in Ostland, Westland and Lestria said": a list of capitalised names after a preposition of place is
// where the speakers are, not a speaker. The reading back from the verb stops at the list's last name; this
// takes it back to the list's first, so the preposition before it is seen.
import { PLACE_PREPOSITIONS } from './lexicon.ts';
import { isCapitalised, lowerOf, type Token } from './tokens.ts';

/** The first name of a list ending at tokens[from] when a preposition of place opens it; else `from`. */
export function placeListStart(tokens: Token[], from: number, lo: number): number {
  // A list ends on "and" before its last name: "in Dunmore, Tomas Reyes said" is a place, then a person.
  if (!isCapitalised(tokens[from]?.text ?? '') || lowerOf(tokens[from - 1]) !== 'and') return from;
  let first = from;
  let joined = false;
  // Back over ", Name" and "and Name" (names of one or two capitalised words).
  for (;;) {
    const joiner = tokens[first - 1];
    if (!joiner || first - 2 < lo || (joiner.text !== ',' && lowerOf(joiner) !== 'and')) break;
    let name = first - 2;
    if (!isCapitalised(tokens[name]?.text ?? '')) break;
    if (name - 1 >= lo && isCapitalised(tokens[name - 1]?.text ?? '')) name--;
    first = name;
    joined = true;
  }
  return joined && PLACE_PREPOSITIONS.has(lowerOf(tokens[first - 1])) ? first : from;
}
