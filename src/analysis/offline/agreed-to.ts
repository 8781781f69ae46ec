// "Brandt and Reyes agreed to attend the debate", "the court agreed on Friday to hear the case": "agree to" is
// an act, not speech. Read as a verb of saying it gave whatever followed the infinitive ("the case", or after
// "agreed to attend early on," the next clause) as the report. "agreed that …" and "agreed with her that …" report.
import { skipTime } from './clause-lead-in.ts';
import { lowerOf, type Token } from './tokens.ts';

const AGREEING = new Set(['agreed', 'agree', 'agrees', 'agreeing']);

/** Whether the cue at `at` is "agree" taking an infinitive or a thing: "agreed to attend", "agreed to a deal". */
export function agreesToAct(tokens: Token[], at: number): boolean {
  if (!AGREEING.has(lowerOf(tokens[at]))) return false;
  let k = skipTime(tokens, at + 1);
  // "agreed on Friday to reopen …": "on" and its day.
  if (lowerOf(tokens[k]) === 'on' && skipTime(tokens, k + 1) > k + 1) k = skipTime(tokens, k + 1);
  return lowerOf(tokens[k]) === 'to';
}
