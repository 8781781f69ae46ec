// Checks an engine's answer against the article: every quote and every fact's evidence gets a match and a span.
// Nothing the engine wrote is shown as source text unless it is found here.
import type { Article, Fact, Quote, RawAnalysis, SourceSheet } from '../../types.ts';
import { locate, prepareText } from './locate.ts';

export function groundAnalysis(id: string, article: Article, raw: RawAnalysis, textHash: string): SourceSheet {
  const source = prepareText(article.text);
  const seenQuoteSpans = new Set<string>();
  const quotes: Quote[] = [];
  for (const quote of raw.quotes) {
    const text = quote.text.trim();
    if (text === '') continue;
    const { match, span } = locate(text, source);
    // The same passage reported twice (a model repeating itself) is one quote.
    const spanKey = span ? `${span.start}:${span.end}` : `missing:${text}`;
    if (seenQuoteSpans.has(spanKey)) continue;
    seenQuoteSpans.add(spanKey);
    quotes.push({
      id: `${id}.Q${quotes.length + 1}`,
      speaker: quote.speaker.trim() || 'Unattributed',
      role: quote.role?.trim() || null,
      text,
      kind: quote.kind,
      cue: quote.cue?.trim() || null,
      match,
      span,
      sourceText: span ? article.text.slice(span.start, span.end) : null,
    });
  }
  const facts: Fact[] = raw.facts
    .filter((fact) => fact.statement.trim() !== '')
    .map((fact, index) => {
      const { match, span } = locate(fact.evidence, source);
      return {
        id: `${id}.F${index + 1}`,
        statement: fact.statement.trim(),
        kind: fact.kind,
        value: fact.value?.trim() || null,
        evidence: fact.evidence.trim(),
        match,
        span,
        sourceText: span ? article.text.slice(span.start, span.end) : null,
      };
    });
  return {
    id,
    label: article.label,
    title: article.title ?? raw.headline,
    outlet: article.outlet ?? raw.outlet,
    url: article.url,
    byline: article.byline,
    publishedAt: article.publishedAt,
    words: article.words,
    truncated: article.truncated,
    extractionNote: article.extractionNote,
    summary: raw.summary.trim(),
    quotes,
    facts,
    textHash,
  };
}

/** Quotes a reader may be shown: found in the source, verbatim or close. */
export function shownQuotes(sheet: SourceSheet): Quote[] {
  return sheet.quotes.filter((quote) => quote.match !== 'not_found');
}

export function droppedQuoteCount(sheet: SourceSheet): number {
  return sheet.quotes.length - shownQuotes(sheet).length;
}
