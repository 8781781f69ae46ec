// "…, the harbour board reported on Tuesday -- a development that raises …": words after a credit that open
// past a dash (typed or set) on the outlet's gloss are no report of the credited speaker.
import { dashGloss, isDash } from './reporter-asides.ts';
import type { Token } from './tokens.ts';

export function glossAfterDash(text: string, tokens: Token[], from: number): boolean {
  // A set dash is a token of its own (at `from`, or just before it); a typed "--" leaves only the characters
  // between two tokens.
  const at = isDash(tokens[from]?.text ?? '') ? from + 1 : from;
  const before = tokens[at - 1];
  const first = tokens[at];
  if (!before || !first) return false;
  const dashed = isDash(before.text) || /^\s*(?:--|—|–)\s*$/.test(text.slice(before.end, first.start));
  return dashed && dashGloss(tokens, at);
}
