// "The Courier is told no staff were present", "Reyes was warned the pier would flood", "the firm was promised $90
// million": a verb of telling in the passive has the listener for its subject. The one told is not the speaker, and
// the speaker goes unnamed.
import { BE_FORMS } from './lexicon.ts';
import { isAdverb } from './subject-verb-gap.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Participles of verbs of telling: "is told", "was warned" ("is warning voters" is no passive). */
const TELLING_PARTICIPLES = new Set(
  'told warned informed assured reminded advised notified promised'.split(' '),
);

/** Whether the verb of telling at `at` is passive: a form of "be" before it, an adverb or two between. */
export function isPassiveTelling(tokens: Token[], at: number): boolean {
  if (!TELLING_PARTICIPLES.has(lowerOf(tokens[at]))) return false;
  let k = at - 1;
  while (k > 0 && at - k <= 2 && isAdverb(lowerOf(tokens[k]))) k--;
  const be = lowerOf(tokens[k]);
  // "We're told", "I'm told": "be" contracted onto the pronoun ("he's told" may be "has told the paper").
  return BE_FORMS.has(be) || CONTRACTED_BE.test(be);
}
const CONTRACTED_BE = /['’](?:re|m)$/;
