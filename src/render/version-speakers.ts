// Who each source gives a quote variant to. A variant carries one speaker for all its versions, but the
// sources may name different people (or one may leave it unattributed): a renderer that showed one name for
// every version would hide exactly the difference a reader needs to see.
import { sameSpeaker } from '../analysis/compare/text-similarity.ts';
import type { QuoteVariant, SourceSheet } from '../types.ts';

export interface SpeakerGroup {
  speaker: string;
  sources: string[];
}

/** One group per distinct speaker, in version order; a single group when every source agrees. */
export function variantSpeakers(variant: QuoteVariant, sources: readonly SourceSheet[]): SpeakerGroup[] {
  const quotes = new Map(sources.flatMap((source) => source.quotes.map((quote) => [quote.id, quote])));
  const groups: SpeakerGroup[] = [];
  for (const version of variant.versions) {
    const quote = version.ref === null ? undefined : quotes.get(version.ref);
    const speaker = quote?.speaker ?? variant.speaker;
    // "Mirela Dragomyr" and "Mirela Dragomir", "Michael R. Bloomberg" and "Michael Bloomberg" are one person
    // written two ways (the spelling has its own flag); only different people make different groups.
    const group = groups.find((g) => sameSpeaker(g.speaker, speaker));
    if (group) {
      if (!group.sources.includes(version.source)) group.sources.push(version.source);
    } else groups.push({ speaker, sources: [version.source] });
  }
  return groups;
}
