// "reiterated her insistence that nurses and Canadians were most of the drivers fined": the "that" clause has
// a subject and no verb yet when "and" comes, so what follows "and" finishes that subject. Cut there as a new
// clause ("and Canadians were …"), the report read "her insistence that nurses" (an editor's read).
import { isVerbForm } from './tensed-word.ts';
import { lowerOf, type Token } from './tokens.ts';

/**
 * Whether a "that" between `opens` and `k` leads a clause with no verb before `k`. The word right after "that"
 * opens its subject, whatever it could be besides ("nurses", "votes").
 */
export function waitsForVerb(tokens: Token[], opens: number, k: number): boolean {
  let that = k - 1;
  while (that > opens && lowerOf(tokens[that]) !== 'that') that--;
  if (that <= opens || that >= k - 1) return false;
  for (let j = that + 2; j < k; j++) if (isVerbForm(tokens[j])) return false;
  return true;
}
