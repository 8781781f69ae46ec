// Where "according to" stands: read by the credit it opens (according-report.ts) and by the clause reader, for
// which a clause joined before it is the source's (report-ahead.ts).
import { lowerOf, type Token } from './tokens.ts';

/** Where "according to" stands in the sentence from token `from` on, or -1. */
export function accordingAt(tokens: Token[], from = 0): number {
  for (let k = from; k < tokens.length - 1; k++)
    if (lowerOf(tokens[k]) === 'according' && lowerOf(tokens[k + 1]) === 'to') return k;
  return -1;
}
