// Whether two versions a quote alignment paired are one quote at all, or two sentences of one speaker that
// share a phrase: read from their word diff.
import type { DiffToken } from '../../types.ts';

/**
 * "I have to find out what she erased … and why she erased it" against "… only deepens our need to grasp what
 * the mayor erased, when she erased it and why she erased it": versions that open on other words and share no
 * run of six words are two sentences that share a phrase (a TV remark and a letter), not one quote worded
 * differently; shown side by side they read as a misquote (an editor's read). "To pass the levy within the
 * next two weeks would …" against "If they do not pass the levy within the next two weeks it will …" shares a
 * long run, and is one quote.
 */
export function twoSentences(diff: DiffToken[]): boolean {
  const first = diff.findIndex((token) => token.op === 'same');
  const opening = diff.slice(0, first < 0 ? diff.length : first);
  if (!opening.some((token) => token.op === 'removed') || !opening.some((token) => token.op === 'added'))
    return false;
  const longest = Math.max(
    0,
    ...diff.filter((token) => token.op === 'same').map((token) => token.text.split(' ').length),
  );
  return longest < SHARED_RUN_OF_ONE_QUOTE;
}
/** The shortest run of words in common that makes two differently opening versions one quote. */
const SHARED_RUN_OF_ONE_QUOTE = 6;
