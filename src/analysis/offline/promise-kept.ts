// "Reyes said he would pay back the grant, but has not done so since": a report of what someone
// would do, then after "but" a present perfect that says whether it was done. The tense moves from the
// speaker's then to the reporter's now: the words after "but" are the reporter's, and shown inside the report
// they had the speaker admit a broken promise. "He said he would vote for it but has doubts" keeps its tail:
// only a negated or unfinished perfect ("has not", "hasn't", "has yet to", "has never") is read so.
import { lowerOf, type Token } from './tokens.ts';

const PERFECT = new Set(['has', 'have']);
const NOT_YET = new Set(['not', 'yet', 'never']);
const PROMISING = new Set(['would', 'will']);

/** Whether the words after "but" at `but` tell whether a reported promise in tokens[from, but) was kept. */
export function keptOrNotAfterBut(tokens: Token[], from: number, but: number): boolean {
  const verb = lowerOf(tokens[but + 1]);
  const negated =
    /^(?:has|have)n[’']t$/.test(verb) || (PERFECT.has(verb) && NOT_YET.has(lowerOf(tokens[but + 2])));
  if (!negated) return false;
  for (let k = from; k < but; k++) if (PROMISING.has(lowerOf(tokens[k]))) return true;
  return false;
}
