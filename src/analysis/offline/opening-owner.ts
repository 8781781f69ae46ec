// "Mr. Reyes’s letter named no vote. Instead, it faulted Mr. Hallam’s handling of the harbour. He wrote …": a
// person named only as the owner of a thing inside a sentence is rarely its "he"; the owner of the thing the
// sentence before opens with ("Mr. Reyes’s letter") is what that sentence, and the "it" after, are about.
import type { Entity, Mention } from './entities.ts';
import { ownerOnly } from './owner-only.ts';
import type { Token } from './tokens.ts';

/** The person owning the subject that opens the sentence whose first word is `first` ("Mr. Reyes’s letter …"). */
export function openingOwner(
  text: string,
  people: readonly Mention[],
  first: Token | undefined,
  fits: (entity: Entity) => boolean,
): Entity | null {
  if (!first) return null;
  for (const mention of people) {
    if (mention.start > first.start + 4) break;
    if (mention.start >= first.start && fits(mention.entity) && ownerOnly(text, mention))
      return mention.entity;
  }
  return null;
}
