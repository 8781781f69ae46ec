// "Most of the captains said", "Both of the unions say": a share of a group speaks as the group. Read back
// from "the captains", the "of" before it made the phrase a preposition's object, and no report was found.
// "None of the pilots said" is no one saying it: left as it was.
import { PARTITIVES } from './phrase-head.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Where a phrase starting at `from` starts once "most of" or "two of" before it is taken in. */
export function groupShareStart(tokens: Token[], from: number, lo: number): number {
  const share = lowerOf(tokens[from - 2]);
  return lowerOf(tokens[from - 1]) === 'of' &&
    from - 2 >= lo &&
    share !== 'none' &&
    (PARTITIVES.has(share) || share === 'both')
    ? from - 2
    : from;
}
