// "The governor and legislative leaders say …": two noun phrases for people joined by "and" speak together.
// Read back from the verb, the phrase stopped at "and" and the sheet gave the report to the leaders alone (an
// editor's read). Names joined this way are speaker-phrase.ts's namesJoinedBefore.
import { inPhrase } from './noun-phrase.ts';
import { isPersonNoun } from './speaker-like.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Where the phrase starting at `from` begins once a role joined before it by "and" is taken in; else `from`. */
export function joinedRolesStart(tokens: Token[], from: number, lo: number): number {
  if (from - 2 < lo || lowerOf(tokens[from - 1]) !== 'and' || !isPersonNoun(lowerOf(tokens[from - 2])))
    return from;
  // The role must be a plain noun, not a name's last word: "Tomas Reyes and aides" is namesJoinedBefore's.
  if (/^\p{Lu}/u.test(tokens[from - 2]?.text ?? '')) return from;
  let start = from - 2;
  while (start - 1 >= lo && inPhrase(tokens, start - 1) && lowerOf(tokens[start - 1]) !== 'and') start--;
  return start;
}
