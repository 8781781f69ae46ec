// "Asked about the campaign’s “fresh start,” Reyes said …": a quote inside the clause that opens with
// "Asked" gives the words of the question (the campaign's, a pollster's, the reporter's), not the answer, so
// it is not credited to the person who answers. A quote after the clause's comma is the answer and counts
// ("Asked about the ruling, Reyes said, “It was a disgrace.”"), and so does one the clause credits with a
// verb of its own ("Asked about the rally, when he told the crowd “…”, Reyes said …").
import { type Found, hasCueIn } from './quote-tokens.ts';
import { type PhraseContext, parseForward } from './speaker-phrase.ts';
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

/**
 * "Asked whether he was suggesting that the mayor lacked sympathy, Reyes …": a verb of saying inside the opening
 * "Asked …" clause is the question's, which no one is shown to have claimed.
 */
export function inOpeningAsked(tokens: Token[], at: number): boolean {
  const verb = LEADS.has(lowerOf(tokens[0])) ? 1 : 0;
  if (!ASKING.has(lowerOf(tokens[verb])) || at <= verb) return false;
  for (let k = verb + 1; k < at; k++) if (/^[,:;]$/.test((tokens[k] as Token).text)) return false;
  return true;
}

/** Where the clause after an opening "Asked …," begins (past its comma), or `start` when none opens there. */
export function pastAskedClause(tokens: Token[], start: number): number {
  if (!inOpeningAsked(tokens, start + 1)) return start;
  for (let k = start + 1; k < tokens.length && k - start <= 30; k++)
    if (tokens[k]?.text === ',') return k + 1;
  return start;
}

/**
 * "Asked by one of Ms. Brandt’s aides, “Is this the final wording?” Mr. Reyes replied: “Yup.”": a quote right
 * after an opening "Asked by X," clause is X's question when it ends with a question mark or another quote
 * follows it in the sentence (the answer); its credit is X, or none when X is no speaker's phrase. Null for any
 * other quote: "Asked by a reporter, “I will not run,” Reyes said." is the answer.
 */
export function askedQuestion(
  tokens: Token[],
  markAt: number,
  question: boolean,
  answerFollows: boolean,
  ctx: PhraseContext,
): { asker: Found | null } | null {
  const verb = LEADS.has(lowerOf(tokens[0])) ? 1 : 0;
  if (!ASKING.has(lowerOf(tokens[verb])) || lowerOf(tokens[verb + 1]) !== 'by') return null;
  if (tokens[markAt - 1]?.text !== ',' || (!question && !answerFollows)) return null;
  for (let k = verb + 2; k < markAt - 1; k++) if (/^[,:;]$/.test((tokens[k] as Token).text)) return null;
  const parsed = parseForward(tokens.slice(0, markAt - 1), verb + 2, ctx);
  return { asker: parsed ? { ref: parsed.ref, role: parsed.role, cue: 'asked' } : null };
}
