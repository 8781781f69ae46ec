// The person a description of an office stands for ("the senator said", "the governor"): the nearest person whose
// role names that office, read back by the speaker resolution's own look-back.
import type { Entity } from './entities.ts';
import type { RoleSubject } from './main-clause.ts';
import { officeOf, spelledOut } from './office-of.ts';
import { statesIn } from './state-epithet.ts';
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
export function holderOf(
  role: RoleSubject,
  gender: 'm' | 'f' | null,
  nearest: NearestPerson,
  described = '',
  saidElsewhere: (entity: Entity) => boolean = () => false,
): Entity | null {
  const holds = (written: string) => holdsOffice(role, written);
  // "the former Alaska governor" is never the one a title, or the story, gives another state ("Former Ohio Gov.",
  // "Sen. Dale Corbin, D-W.Va." for "the Virginia senator").
  const states = statesIn(described);
  const elsewhere = (e: Entity) =>
    states.length > 0 &&
    (statesIn(e.role ?? '').some((state) => !states.includes(state)) || saidElsewhere(e));
  // "the former Alaska governor": a role with every word that qualifies the office ("Former Alaska Gov.") names
  // its holder, wherever others without a role stand.
  const qualifiers = qualifiersOf(described, role.head);
  if (qualifiers.length > 0) {
    const exact = nearest(role.at, gender, (e) => {
      const spelled = spelledOut(e.role ?? '');
      const words = fold(spelled).split(/\s+/);
      return holds(spelled) && qualifiers.every((word) => words.includes(word)) && !elsewhere(e);
    });
    if (exact) return exact;
  }
  const named = nearest(role.at, gender, (e) => holds(e.role ?? '') && !elsewhere(e));
  // "The president" after "Russian President X" and "President Y": the one not of another nation.
  if (named && FOREIGN.test(named.role ?? ''))
    return nearest(role.at, gender, (e) => !FOREIGN.test(e.role ?? '') && holds(e.role ?? '')) ?? named;
  if (named) return named;
  const short = nearest(role.at, gender, (e) => holds(spelledOut(e.role ?? '')) && !elsewhere(e));
  return short && nearest(role.at, gender, (e) => e === short || !e.role) === short ? short : null;
}

const CONGRESS = new Set(['congressman', 'congresswoman']);

/** Whether a written role ("Sen.", "the Idaho senator") names the office of `role`. */
export function holdsOffice(role: RoleSubject, written: string): boolean {
  if (officeOf(fold(written), role.head) === role.office) return true;
  // "the congressman" holds what "Rep." spells out: a representative.
  if (!CONGRESS.has(role.head)) return false;
  return officeOf(fold(written), 'representative') === role.office.replace(role.head, 'representative');
}

/** The words of a description that qualify its office: "former", "alaska" of "the former Alaska governor". */
function qualifiersOf(described: string, head: string): string[] {
  return fold(described)
    .split(/\s+/)
    .filter((word) => word !== '' && word !== head && !ARTICLES.has(word) && /^\p{L}+$/u.test(word));
}
const ARTICLES = new Set(['the', 'a', 'an']);
