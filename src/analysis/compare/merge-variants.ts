// One quote worded three ways is one item. Quote variants are found pair by pair (a group of whole quotes, then
// each passage of a quote with an ellipsis against the other sources' quotes), so a quote printed whole by two
// outlets and cut into passages by a third came out as three items, each setting two of the wordings side by
// side under a different form of the speaker's name. An editor reads that as three quotes.
import type { QuoteVariant, SourceVersion } from '../../types.ts';
import { isResolvedSpeaker, mayBeOneSpeaker } from './resolved-speaker.ts';
import { bySourceOrder } from './source-order.ts';

/**
 * Joins variants that share a version (the same quote in the same words) into the first of them, when the
 * joined item still holds one quote per source and one speaker. The first item's two leading versions stay
 * first, so its diff still reads from the first version to the second; the others follow in source order.
 */
export function mergeVariants(variants: readonly QuoteVariant[]): QuoteVariant[] {
  const merged: QuoteVariant[] = [];
  for (const variant of variants) {
    const home = merged.find((kept) => joins(kept, variant));
    if (!home) {
      merged.push({ ...variant, versions: [...variant.versions] });
      continue;
    }
    // A name in place of a pronoun ("he") heads the item.
    if (!isResolvedSpeaker(home.speaker) && isResolvedSpeaker(variant.speaker))
      home.speaker = variant.speaker;
    const added = variant.versions.filter(
      (version) => !home.versions.some((kept) => kept.ref === version.ref),
    );
    const [first, second, ...rest] = [...home.versions, ...added];
    home.versions = [first, second, ...rest.sort(bySourceOrder)].filter((version) => version !== undefined);
  }
  return merged;
}

function joins(kept: QuoteVariant, variant: QuoteVariant): boolean {
  if (!mayBeOneSpeaker(kept.speaker, variant.speaker)) return false;
  let shared = false;
  const bySourceId = new Map<string, SourceVersion>(
    kept.versions.map((version) => [version.source, version]),
  );
  for (const version of variant.versions) {
    const other = bySourceId.get(version.source);
    if (!other) continue;
    // A source's other quote, or another cut of the same quote, is not the same wording: keep them apart.
    if (version.ref === null || other.ref !== version.ref || other.text !== version.text) return false;
    shared = true;
  }
  return shared;
}
