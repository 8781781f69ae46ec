// Builds an Article from paragraphs for the offline engine's tests: no ingest, so each test controls the text.
import { analyseOffline } from '../../../src/analysis/offline/offline-engine.ts';
import type { Article, RawAnalysis } from '../../../src/types.ts';

export function article(paragraphs: string[], title: string | null = null): Article {
  const text = paragraphs.join('\n\n');
  return {
    label: 'test',
    title,
    outlet: null,
    url: null,
    byline: null,
    publishedAt: null,
    text,
    words: text.split(/\s+/).length,
    truncated: false,
    extractionNote: null,
  };
}

export function analyse(paragraphs: string[], title: string | null = null): RawAnalysis {
  return analyseOffline(article(paragraphs, title));
}

/** Direct quotes as "text → speaker" lines: one readable string per quote for exact assertions. */
export function directQuotes(result: RawAnalysis): string[] {
  return result.quotes.filter((q) => q.kind === 'direct').map((q) => `${q.text} → ${q.speaker}`);
}

export function indirectQuotes(result: RawAnalysis): string[] {
  return result.quotes.filter((q) => q.kind === 'indirect').map((q) => `${q.text} → ${q.speaker}`);
}
