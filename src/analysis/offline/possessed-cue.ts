// A verb of saying that a possessive stands before is a noun. After a name it still reports what "that" or
// a colon opens ("Reyes’s claim that the levy …", "Editor’s note: …"), and the name is the speaker; else the
// noun reports nothing ("the minister’s claims, Reyes has …", "Brandt’s promised bridge"). After "his" or
// "their" the phrase read back ends on the determiner ("a source for his claim that …"): no speaker at all.
import { lowerOf, type Token } from './tokens.ts';

const POSSESSIVE_DETERMINERS = new Set(['his', 'their', 'its', 'our', 'my', 'your']);
/** "she’s said", "it’s claimed": a pronoun with "has" or "is", not an owner. */
export const CONTRACTED = /^(?:he|she|it|that|there|who|what|here|where|let)['’]s$/i;

/** Whether the cue at `at` is a noun a possessive owns, and no clause of what was said follows it. */
export function isPossessedCue(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (!before) return false;
  // "her" may be the object ("told her that …"); it is left alone.
  if (POSSESSIVE_DETERMINERS.has(lowerOf(before))) return true;
  if (!/\p{L}['’]s$/u.test(before.text) || CONTRACTED.test(before.text)) return false;
  const next = tokens[at + 1]?.text;
  return next !== ':' && lowerOf(tokens[at + 1]) !== 'that';
}
