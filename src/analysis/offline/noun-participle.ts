// Whether a past participle after a noun describes it rather than being the clause's verb: a phrase holding
// one is still a name, not a clause piece ("… spoke briefly").
import { ASKED_PARTICIPLES } from './lexicon.ts';

/** "polls conducted by the network" (a participle with its agent), "voters interviewed at the rally". */
export function describesNoun(bare: readonly string[], i: number): boolean {
  // Asked of a group ("voters", "people", "those"): "chairs that the Courier interviewed" is the clause's verb.
  return bare[i + 1] === 'by' || (ASKED_PARTICIPLES.has(bare[i] as string) && GROUP.test(bare[i - 1] ?? ''));
}
const GROUP = /s$|^(?:people|those)$/;
