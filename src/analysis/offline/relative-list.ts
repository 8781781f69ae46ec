// "Reyes, who claimed that …, and Ada Brenner, who suggested …, are …": a list of people, each with a relative
// clause of its own, in the reporter's sentence.
import { lowerOf, type Token } from './tokens.ts';

/**
 * A list's next member with a relative clause of its own at tokens[at]: "Reyes, who claimed that …, and Ada
 * Brenner, who suggested …, are …". The first relative clause, and its report, end at the comma before "and"
 * (an editor's read: one candidate's report ran on through the next one's claim and the outlet's question).
 */
export function nextMemberWithWho(tokens: Token[], at: number): boolean {
  if (!/^\p{Lu}/u.test(tokens[at]?.text ?? '')) return false;
  for (let k = at + 1; k < at + 6 && k < tokens.length - 1; k++) {
    const text = (tokens[k] as Token).text;
    if (text === ',') return lowerOf(tokens[k + 1]) === 'who';
    if (!/^\p{Lu}/u.test(text) && text !== '.') return false;
  }
  return false;
}
