// "The governor and legislative leaders say …": two noun phrases for people joined by "and" speak together.
// Read back from the verb, the phrase stopped at "and" and the sheet gave the report to the leaders alone (an
// editor's read). Names joined this way are speaker-phrase.ts's namesJoinedBefore.
import { inPhrase, nounPhrase } from './noun-phrase.ts';
import { isPersonNoun } from './speaker-like.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Where the phrase starting at `from` begins once a role joined before it by "and" is taken in; else `from`. */
export function joinedRolesStart(tokens: Token[], from: number, lo: number): number {
  if (from - 2 < lo || lowerOf(tokens[from - 1]) !== 'and' || !peopleNoun(tokens, from - 2)) return from;
  // The role must be a plain noun, not a name's last word: "Tomas Reyes and aides" is namesJoinedBefore's.
  if (/^\p{Lu}/u.test(tokens[from - 2]?.text ?? '')) return from;
  let start = from - 2;
  while (start - 1 >= lo && inPhrase(tokens, start - 1) && lowerOf(tokens[start - 1]) !== 'and') start--;
  return start;
}

/**
 * "Tenants and landlords, in their first joint letter, said": where a chunk's phrase ends when a second noun
 * phrase joined by "and" fills the chunk up to `chunkEnd`; else the first phrase's own end, within the chunk.
 */
export function joinedPhraseEnd(tokens: Token[], end: number, chunkEnd: number): number {
  const joined = lowerOf(tokens[end + 1]) === 'and' ? nounPhrase(tokens, end + 2) : null;
  // Only people: not "a sports and celebrity talent agency", nor a body's name with "and" in it.
  const people = joined !== null && joined.to === chunkEnd && isPersonNoun(lowerOf(tokens[joined.to]));
  return people ? chunkEnd : Math.min(end, chunkEnd);
}

/** A noun for people, or "figures" described as people are ("political figures", "party figures"). */
function peopleNoun(tokens: Token[], k: number): boolean {
  const word = lowerOf(tokens[k]);
  return isPersonNoun(word) || (word === 'figures' && PEOPLE_FIGURES.has(lowerOf(tokens[k - 1])));
}
const PEOPLE_FIGURES = new Set(
  'political public party religious community business civic opposition leading prominent senior key'.split(
    ' ',
  ),
);
