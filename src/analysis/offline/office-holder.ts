// The person a description of an office stands for ("the senator said", "the governor"): the nearest person whose
// role names that office, read back by the speaker resolution's own look-back.
import type { Entity } from './entities.ts';
import type { RoleSubject } from './main-clause.ts';
import { officeOf, spelledOut } from './office-of.ts';
import { fold } from './tokens.ts';

/** The nearest person before `at` (within the pronoun's reach) that fits the gender and `accept`. */
export type NearestPerson = (
  at: number,
  gender: 'm' | 'f' | null,
  accept: (entity: Entity) => boolean,
) => Entity | null;

/** A title qualified by a nation's adjective: "Russian President", "French Foreign Minister". */
const FOREIGN = /^(?!Republican|American)\p{Lu}\p{Ll}+(?:ian|ese|ish|ean|ch|i|can)\s/u;

/**
 * The nearest person whose role names the office. Through a shortened title only when no one named since may
 * hold it: in "Rubio stopped by his office. The senator said …" it is not the "Sen. Sanders" named paragraphs
 * before, while "the host, X" or "President Y" named since hold other roles.
 */
export function holderOf(role: RoleSubject, gender: 'm' | 'f' | null, nearest: NearestPerson): Entity | null {
  const holds = (written: string) => officeOf(fold(written), role.head) === role.office;
  const named = nearest(role.at, gender, (e) => holds(e.role ?? ''));
  // "The president" after "Russian President X" and "President Y": the one not of another nation.
  if (named && FOREIGN.test(named.role ?? ''))
    return nearest(role.at, gender, (e) => !FOREIGN.test(e.role ?? '') && holds(e.role ?? '')) ?? named;
  if (named) return named;
  const short = nearest(role.at, gender, (e) => holds(spelledOut(e.role ?? '')));
  return short && nearest(role.at, gender, (e) => e === short || !e.role) === short ? short : null;
}
