// Promises reported as an infinitive: "vowed to cut the levy". What the speaker will do is the report, and
// the verb stays with it. In a relative clause the infinitive's object stands before the speaker ("the
// rifts she pledged to mend have widened", "the tolls, which Reyes vowed to cut, …"): no promise is
// reported there, only a thing described by one.
import { isWord, lowerOf, type Token } from './tokens.ts';

/** Verbs of promising, whose report is what the speaker will do: "pledged to cut the levy". */
export const COMMISSIVES = new Set(
  'vowed vows vow vowing promised promises promise promising pledged pledges pledging'.split(' '),
);

/** "vowed to …": "to" right after a verb of promising. */
export function promises(tokens: Token[], from: number): boolean {
  return lowerOf(tokens[from]) === 'to' && COMMISSIVES.has(lowerOf(tokens[from - 1]));
}

/** A finite verb right after the promised one: its object is missing, gone to the clause's head. */
const FINITE_AFTER = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would']);
/** A relative pronoun opening the clause the promise sits in. */
const RELATIVE = new Set(['which', 'whom']);

/** Whether the promise at `to` (its "to") sits in a relative clause, its object before the speaker. */
export function promisedInClause(tokens: Token[], to: number): boolean {
  if (FINITE_AFTER.has(lowerOf(tokens[to + 2]))) return true;
  // "whom Reyes has vowed to": the pronoun a few words before the verb, with no comma between.
  for (let k = to - 2; k >= 0 && k >= to - 6; k--) {
    const token = tokens[k] as Token;
    if (RELATIVE.has(lowerOf(token))) return true;
    if (!isWord(token)) return false;
  }
  return false;
}
