// Who each source gives a quote variant to. A variant carries one speaker for all its versions, but the
// sources may name different people (or one may leave it unattributed): a renderer that showed one name for
// every version would hide exactly the difference a reader needs to see.
import type { QuoteVariant, SourceSheet } from '../types.ts';

export interface SpeakerGroup {
  speaker: string;
  sources: string[];
}

/** One group per distinct speaker, in version order; a single group when every source agrees. */
export function variantSpeakers(variant: QuoteVariant, sources: readonly SourceSheet[]): SpeakerGroup[] {
  const quotes = new Map(sources.flatMap((source) => source.quotes.map((quote) => [quote.id, quote])));
  const groups = new Map<string, SpeakerGroup>();
  for (const version of variant.versions) {
    const quote = version.ref === null ? undefined : quotes.get(version.ref);
    const speaker = quote?.speaker ?? variant.speaker;
    const key = speaker
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    const group = groups.get(key);
    if (group) {
      if (!group.sources.includes(version.source)) group.sources.push(version.source);
    } else groups.set(key, { speaker, sources: [version.source] });
  }
  return [...groups.values()];
}
