// What a reader is shown of a sheet's quotes, as the passages the eval scores: quotes the grounding located,
// in the source's own characters. A sentence quoted in two parts around its credit is one line on the sheet
// ("Backers of the plan … have gone quiet"), and the reader sees each part: each is scored as a passage, as the
// gold marks each (the line is not counted as one long quote that matches neither).
import type { SourceSheet } from '../types.ts';

export interface ShownPassage {
  text: string;
  speaker: string;
  kind: 'direct' | 'indirect';
}

export function shownPassages(source: SourceSheet): ShownPassage[] {
  return source.quotes
    .filter((quote) => quote.match !== 'not_found')
    .flatMap((quote) =>
      (quote.parts ?? [quote.sourceText ?? quote.text]).map((text) => ({
        text,
        speaker: quote.speaker,
        kind: quote.kind,
      })),
    );
}
