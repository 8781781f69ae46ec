// "Varna beat Tarsa in a cup final many are calling a “modern epic”": the verb's subject is "many", set
// right before it in a clause that describes a noun; no one named says the words. Read past it, the credit went
// to the main clause's subject or the team it named (an editor's read: a sports score's loser got the phrase).
import { isCount } from './phrase-head.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

/** Not "all" nor "both": "Fans who have watched them all called the final “…”" are the fans. */
const QUANTIFIERS = new Set('many some others most few several'.split(' '));
const AUXILIARIES = new Set('are were is was have has had been be will would'.split(' '));
/** Words before the quantifier that make it a clause's own subject phrase, not a relative clause's. */
const JOINING = new Set('and or but of as among above that which who than like'.split(' '));

/**
 * Whether the verb at `i`, a few words before the quote at `markAt`, has a bare quantifier for its subject inside
 * a clause set after a noun ("a final many are calling a “…”"); not "Ruiz and two others said", "among others".
 */
export function unnamedSubjectBefore(region: Token[], i: number, markAt: number): boolean {
  if (markAt - i > 3) return false;
  let k = i - 1;
  while (k > 0 && AUXILIARIES.has(lowerOf(region[k]))) k--;
  const before = region[k - 1];
  return (
    QUANTIFIERS.has(lowerOf(region[k])) &&
    isWord(before) &&
    /^\p{Ll}/u.test(before.text) &&
    !JOINING.has(lowerOf(before)) &&
    !QUANTIFIERS.has(lowerOf(before)) &&
    !isCount(before)
  );
}
