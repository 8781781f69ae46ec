// "Brandt said that when Reyes railed against the board, “he spoke for us all.”": the cue verb nearest the
// quote sits in a subordinate clause of what Brandt said, and the quote after its comma is the main clause of
// her words. That verb credits nothing; the one before "that" does.
import { CUE_VERBS } from './lexicon.ts';
import { lowerOf, type Token } from './tokens.ts';

const SUBORDINATORS = new Set(
  'when whenever if after before while because although though since until once'.split(' '),
);

/** Whether the cue at `at` opens no credit: it stands in "said that when …," right before the quote. */
export function inReportedSubordinate(region: Token[], at: number, markAt: number, lo: number): boolean {
  if (region[markAt - 1]?.text !== ',') return false;
  for (let k = at + 1; k < markAt - 1; k++) if (CUE_VERBS.has(lowerOf(region[k]))) return false;
  for (let k = at - 1; k > lo && at - k <= 8; k--) {
    const word = lowerOf(region[k]);
    if (word === ',' || CUE_VERBS.has(word)) return false;
    if (SUBORDINATORS.has(word)) {
      const before = lowerOf(region[k - 1]);
      return before === 'that' || CUE_VERBS.has(before);
    }
  }
  return false;
}
