// "Reyes said selling the plan to other towns has been a challenge": a clause may open on a gerund that is its
// subject. Most "-ing" words right after a verb of saying are the reporter's narration ("said, interrupting
// reporters") or the verb's object ("predicted winning two-thirds", "recalled meeting him when he was a boy"),
// so only "say" takes one, and only when the clause's own verb comes before any subordinate clause.
import { lowerOf, type Token } from './tokens.ts';

const SAY = new Set(['said', 'says', 'say', 'saying']);
const FINITE = new Set(
  'is was are were has have had will would could should can may might must does did'.split(' '),
);
const SUBORDINATE = new Set('when while because after before if since as until unless'.split(' '));

/**
 * Whether the clause tokens[from..to], opening on the "-ing" word `first`, is the reporter's narration rather
 * than a report. After "that" it is a gerund subject: "claimed that paying no tax was smart".
 */
export function narrationGerund(tokens: Token[], from: number, to: number, first: Token): boolean {
  if (!/^\p{Ll}+ing$/u.test(first.text) || lowerOf(tokens[from - 1]) === 'that') return false;
  return !gerundSubject(tokens, from, to);
}

function gerundSubject(tokens: Token[], from: number, to: number): boolean {
  if (!SAY.has(lowerOf(tokens[from - 1]))) return false;
  for (let k = from + 1; k <= to; k++) {
    const word = lowerOf(tokens[k]);
    // "said fishing doesn't pay the way it did": a negated auxiliary, contracted, is as finite.
    if (FINITE.has(word) || /n['’]t$/.test(word)) return true;
    if (SUBORDINATE.has(word) || !/\p{L}/u.test(tokens[k]?.text ?? '')) return false;
  }
  return false;
}
