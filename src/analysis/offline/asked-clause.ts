// "Asked about the campaign’s “fresh start,” Reyes said …": a quote inside the clause that opens with
// "Asked" gives the words of the question (the campaign's, a pollster's, the reporter's), not the answer, so
// it is not credited to the person who answers. A quote after the clause's comma is the answer and counts
// ("Asked about the ruling, Reyes said, “It was a disgrace.”"), and so does one the clause credits with a
// verb of its own ("Asked about the rally, when he told the crowd “…”, Reyes said …").
import { hasCueIn } from './quote-tokens.ts';
import { lowerOf, type Token } from './tokens.ts';

const ASKING = new Set(['asked', 'pressed', 'questioned']);
const LEADS = new Set(['when', 'if', 'once', 'after']);

/** Whether the quote marker at tokens[markAt] stands inside the sentence's opening "Asked …" clause. */
export function insideAskedClause(tokens: Token[], markAt: number): boolean {
  const verb = LEADS.has(lowerOf(tokens[0])) ? 1 : 0;
  if (!ASKING.has(lowerOf(tokens[verb])) || markAt <= verb) return false;
  for (let k = verb + 1; k < markAt; k++) {
    const text = (tokens[k] as Token).text;
    if (text === ',' || text === ':' || text === ';') return false;
  }
  return !hasCueIn(tokens, verb + 1, markAt);
}
