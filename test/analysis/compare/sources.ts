// Builds compared sources by hand from synthetic text: each quote and fact is located in the text the way
// grounding would, so the comparison sees what the pipeline gives it.
import type { SourceText } from '../../../src/analysis/compare/name-variants.ts';
import { alignNumbers } from '../../../src/analysis/compare/number-differences.ts';
import type { Fact, Quote } from '../../../src/types.ts';

export interface SourceSpec {
  text: string;
  title?: string;
  /** The sheet's summary: sentences of the text, the lede as the offline engine picks it. */
  summary?: string;
  quotes?: { speaker: string; text: string; kind?: Quote['kind'] }[];
  facts?: { statement: string; evidence: string; kind?: Fact['kind']; value?: string | null }[];
}

export function makeSources(...specs: SourceSpec[]): SourceText[] {
  return specs.map((spec, index) => {
    const id = `S${index + 1}`;
    const locate = (words: string) => {
      const start = spec.text.indexOf(words);
      if (start < 0) throw new Error(`not in ${id}: ${words}`);
      return { start, end: start + words.length };
    };
    const quotes: Quote[] = (spec.quotes ?? []).map((quote, q) => ({
      id: `${id}.Q${q + 1}`,
      speaker: quote.speaker,
      role: null,
      text: quote.text,
      kind: quote.kind ?? 'direct',
      cue: 'said',
      match: 'verbatim',
      span: locate(quote.text),
      sourceText: quote.text,
    }));
    const facts: Fact[] = (spec.facts ?? []).map((fact, f) => ({
      id: `${id}.F${f + 1}`,
      statement: fact.statement,
      kind: fact.kind ?? 'number',
      value: fact.value ?? null,
      evidence: fact.evidence,
      match: 'verbatim',
      span: locate(fact.evidence),
      sourceText: fact.evidence,
    }));
    return {
      text: spec.text,
      sheet: {
        id,
        label: `${id}.txt`,
        title: spec.title ?? null,
        outlet: null,
        url: null,
        byline: null,
        publishedAt: null,
        words: spec.text.split(/\s+/).length,
        truncated: false,
        extractionNote: null,
        summary: spec.summary ?? '',
        quotes,
        facts,
        textHash: `hash-${id}`,
      },
    };
  });
}

/** The number alignment over sources built from specs. */
export function alignSpecs(...specs: SourceSpec[]) {
  const sources = makeSources(...specs);
  return alignNumbers(
    sources.map((s) => s.sheet),
    new Map(sources.map((s) => [s.sheet.id, s.text])),
  );
}

/** A source whose text is one sentence, extracted as one fact quoting it. */
export const factSpec = (evidence: string): SourceSpec => ({
  text: `${evidence}.`,
  facts: [{ statement: evidence, evidence }],
});
