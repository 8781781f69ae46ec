// "In her first speech since entering the race, state Sen. Carla Munoz said …": a pronoun in a phrase that opens
// the sentence may stand for the subject named right after its comma. Such a lede reads on its own; the
// summary had passed it over as leaning on a sentence before.
import type { Mention, Registry } from './entities.ts';
import { PRONOUN_GENDER } from './person-gender.ts';
import { lastIndexBefore } from './span-search.ts';

/** Words that open a fronted phrase: a preposition or a participle of time. */
const FRONTED =
  /^(?:in|at|after|before|during|on|since|despite|with|upon|following|throughout|within|from|for)\s/i;
/** How far after the phrase's comma the subject's name may start: room for a title ("state Sen. "). */
const SUBJECT_REACH = 30;

/**
 * Whether the pronoun at `at` (of `pronoun`) stands in a phrase opening `evidence`, which starts at `start`,
 * and a person it can be is named within a few words after the phrase's comma.
 */
export function namedAfterFrontedPhrase(
  registry: Registry,
  evidence: string,
  start: number,
  at: number,
  pronoun: string,
): boolean {
  if (!FRONTED.test(evidence)) return false;
  const comma = evidence.indexOf(',', at - start);
  if (comma < 0) return false;
  const after = start + comma + 1;
  const mentions = registry.mentions;
  const next = mentions[lastIndexBefore(mentions, after, (m) => m.start) + 1] as Mention | undefined;
  if (!next || next.start > after + SUBJECT_REACH || next.entity.kind !== 'person') return false;
  const gender = PRONOUN_GENDER.get(pronoun.toLowerCase());
  return next.entity.gender === null || gender === undefined || next.entity.gender === gender;
}
