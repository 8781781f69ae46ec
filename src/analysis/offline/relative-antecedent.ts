// "his comment in which he said …", "a quote from Mrs. Dorne in which she said …": a pronoun opening a clause
// on "in which" goes back to the person just named before it, the owner of the comment or the quote, not to the
// sentence's subject ("Reyes hammered Hallam over his comment in which he said" is Hallam).
import type { Entity, Mention } from './entities.ts';

/** "in which", "during which", "of which", right before the pronoun. */
const OPENS_RELATIVE = /\b(?:in|during|of|at) which\s+$/i;

/** The person named last before the relative clause that `at` opens, if it fits; else null. */
export function relativeAntecedent(
  text: string,
  at: number,
  people: readonly Mention[],
  fits: (entity: Entity) => boolean,
): Entity | null {
  if (!OPENS_RELATIVE.test(text.slice(Math.max(0, at - 24), at))) return null;
  let found: Entity | null = null;
  for (const mention of people) {
    if (mention.start >= at) break;
    if (mention.entity.kind === 'person' && fits(mention.entity)) found = mention.entity;
  }
  return found;
}
