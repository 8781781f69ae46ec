// "Brandt and Reyes agreed to attend the debate", "the court agreed on Friday to hear the case": "agree to" is
// an act, not speech. Read as a verb of saying it gave whatever followed the infinitive ("the case", or after
// "agreed to attend early on," the next clause) as the report. "agreed that …" and "agreed with her that …" report.
// So is "insisted on building a wall": a demand for a thing, whose object was shown as the report.

import { CUE_VERBS } from './lexicon.ts';
import { skipTime } from './time-after-verb.ts';
import { lowerOf, type Token } from './tokens.ts';

const AGREEING = new Set(['agreed', 'agree', 'agrees', 'agreeing']);
const INSISTING = new Set(['insisted', 'insist', 'insists', 'insisting']);

/**
 * Whether the cue at `at` is "agree" taking an infinitive or a thing ("agreed to attend", "agreed to a deal"), or
 * "insist on" a thing ("insisted on a recount").
 */
export function agreesToAct(tokens: Token[], at: number): boolean {
  // Not "insisted on Monday that", "insisted on television that", "on several occasions that": a day, a
  // medium or an occasion, then the report.
  if (INSISTING.has(lowerOf(tokens[at]))) {
    if (lowerOf(tokens[at + 1]) !== 'on') return false;
    return !tokens.slice(at + 2, at + 6).some((token) => lowerOf(token) === 'that');
  }
  if (!AGREEING.has(lowerOf(tokens[at]))) return false;
  let k = skipTime(tokens, at + 1);
  // "agreed on Friday to reopen …": "on" and its day.
  if (lowerOf(tokens[k]) === 'on' && skipTime(tokens, k + 1) > k + 1) k = skipTime(tokens, k + 1);
  return lowerOf(tokens[k]) === 'to';
}

/** Verbs of saying or naming after "agreed to": what follows is the subject's words. */
const NAMING = new Set('call describe term label dub name brand say tell testify'.split(' '));

/**
 * "agreed to make a payment of “$5 million”": an act agreed, whose object's quoted words are no one's speech of
 * the agreeing subject. Not "won't agree to a “perfunctory” meeting", where the subject's word is quoted.
 */
export function agreesToDo(tokens: Token[], at: number): boolean {
  // "insisted on a “full and fair” recount": the quoted words are the subject's own.
  if (!AGREEING.has(lowerOf(tokens[at])) || !agreesToAct(tokens, at)) return false;
  const to = tokens.findIndex((t, k) => k > at && lowerOf(t) === 'to');
  const verb = lowerOf(tokens[to + 1]);
  // "agreed to call the deal “a fresh start”", "agreed to confirm it was “safe”": words, the subject's own.
  const saying =
    CUE_VERBS.has(verb) || CUE_VERBS.has(`${verb}ed`) || CUE_VERBS.has(`${verb}d`) || NAMING.has(verb);
  return to > at && !/^(?:a|an|the|this|that|any|his|her|their|its)$/.test(verb) && !saying;
}
