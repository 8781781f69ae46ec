// "his comment in which he said …", "a quote from Mrs. Dorne in which she said …": a pronoun opening a clause
// on "in which" goes back to the person just named before it, the owner of the comment or the quote, not to the
// sentence's subject ("Reyes hammered Hallam over his comment in which he said" is Hallam).
// After ", when" or ", where" ("… a session with Mayor Pike, when he vowed to be “happy” …") the pronoun may be
// anyone named before it: the one person of its sex named in the sentence, or no one when there are two (the
// sentence's first person, read otherwise, had been credited with the mayor's word).
import type { Entity, Mention } from './entities.ts';

/** "in which", "during which", "of which", right before the pronoun. */
const OPENS_RELATIVE = /\b(?:in|during|of|at) which\s+$/i;
/** ", when", ", where", right before the pronoun. */
const OPENS_TIME_OR_PLACE = /,\s*(?:when|where)\s+$/i;

/**
 * The person the pronoun at `at` stands for when a relative clause or a clause of time opens right before it:
 * `{ entity }` (null when the sentence leaves it open), or null when no such clause opens there.
 */
export function relativeAntecedent(
  text: string,
  at: number,
  people: readonly Mention[],
  fits: (entity: Entity) => boolean,
): { entity: Entity | null } | null {
  const before = text.slice(Math.max(0, at - 24), at);
  if (OPENS_RELATIVE.test(before)) {
    let found: Entity | null = null;
    for (const mention of people) {
      if (mention.start >= at) break;
      if (mention.entity.kind === 'person' && fits(mention.entity)) found = mention.entity;
    }
    return found ? { entity: found } : null;
  }
  if (!OPENS_TIME_OR_PLACE.test(before)) return null;
  const named = new Set<Entity>();
  for (const mention of people) {
    if (mention.start >= at) break;
    if (mention.entity.kind === 'person' && fits(mention.entity)) named.add(mention.entity);
  }
  if (named.size === 0) return null;
  return { entity: named.size === 1 ? ([...named][0] as Entity) : null };
}
