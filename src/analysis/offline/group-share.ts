// Where a group's phrase starts when read back from its noun. "Most of the captains said", "Both of the unions
// say": a share of a group speaks as the group. Read back from "the captains", the "of" before it made the
// phrase a preposition's object, and no report was found. "None of the pilots said" is no one saying it: left
// as it was. "Current and former officials said": two states joined by "and" describe one group, which was
// shown as "former officials".
import { PARTITIVES } from './phrase-head.ts';
import { lowerOf, type Token } from './tokens.ts';

const STATES = new Set(['current', 'former', 'past', 'present', 'retired', 'serving', 'active']);

/** Where a phrase starting at `from` starts once "current and" or "most of" before it is taken in. */
export function groupShareStart(tokens: Token[], from: number, lo: number): number {
  if (
    lowerOf(tokens[from - 1]) === 'and' &&
    from - 2 >= lo &&
    STATES.has(lowerOf(tokens[from])) &&
    STATES.has(lowerOf(tokens[from - 2]))
  )
    return from - 2;
  const share = lowerOf(tokens[from - 2]);
  return lowerOf(tokens[from - 1]) === 'of' &&
    from - 2 >= lo &&
    share !== 'none' &&
    (PARTITIVES.has(share) || share === 'both')
    ? from - 2
    : from;
}
