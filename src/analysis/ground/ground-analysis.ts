// Checks an engine's answer against the article: every quote and every fact's evidence gets a match and a span.
// Nothing the engine wrote is shown as source text unless it is found here.
import type { Article, Fact, Quote, RawAnalysis, SourceSheet, Span } from '../../types.ts';
import { checkedSummary, checkOfPrepared, passes, type WrittenCheck } from './check-written.ts';
import { hasEllipsis, locateElided } from './elided.ts';
import { fragmentLeadIn } from './fragment-lead-in.ts';
import { joinSplitQuotes } from './joined-quotes.ts';
import { afterOpeningMark, LaterOccurrences, looksFurther } from './later-occurrence.ts';
import {
  type Location,
  locate,
  locateClosest,
  locateWords,
  type PreparedText,
  prepareText,
} from './locate.ts';
import { negatingLeadIn } from './negating-lead-in.ts';

interface Grounded extends Location {
  sourceText: string | null;
}

/**
 * Looks in the body first, then in the headline (headlines carry the loaded words: "Death trap on Lake Varna").
 * A headline match has no span, since spans index the body text.
 */
function groundIn(needle: string, body: PreparedText, headline: PreparedText | null): Grounded {
  // "The port … will stay open": the source's words with their credit left out (elided.ts), the same words.
  // Asked before the normalised search, whose index of the whole body is otherwise built for these needles
  // alone (the offline engine's other quotes are verbatim): a third of grounding's time on 2 MB of news. An
  // ellipsis the source itself prints leaves no credit between the parts, so it is still found below.
  const elided = hasEllipsis(needle) ? locateElided(needle, body) : null;
  if (elided) return { match: 'normalized', span: elided.span, sourceText: elided.sourceText };
  const words = locateWords(needle, body);
  const found = words ?? locateClosest(needle, body);
  if (found.match !== 'not_found' || headline === null) {
    const span = found.span ? trimClauseEnd(body.text, found.span) : null;
    return { match: found.match, span, sourceText: span ? body.text.slice(span.start, span.end) : null };
  }
  const inHeadline = locate(needle, headline);
  if (inHeadline.match === 'not_found' || !inHeadline.span)
    return { match: 'not_found', span: null, sourceText: null };
  return {
    match: inHeadline.match,
    span: null,
    sourceText: headline.text.slice(inHeadline.span.start, inHeadline.span.end),
  };
}

/**
 * A quote's span at the place it is quoted: "amnesty" is found first in "what critics call amnesty", but
 * quoted later ("he opposed an “amnesty” policy"), and the words before the quote (negatingLeadIn) are read
 * there. The same characters at the first occurrence right after an opening mark, when the first found is not.
 */
function withinMarks(source: PreparedText, span: Span): Span {
  const text = source.text;
  if (afterOpeningMark(text, span.start)) return span;
  const words = text.slice(span.start, span.end);
  // Through the index: a word quoted nowhere later was otherwise read for to the end of a long paste.
  const index = source.textIndex;
  for (let at = index.indexOf(words, span.end); at >= 0; at = index.indexOf(words, at + 1))
    if (afterOpeningMark(text, at)) return { start: at, end: at + words.length };
  return span;
}

/** A quote copied up to its closing mark often ends on the sentence's comma ("answers,"): that comma is not quoted. */
function trimClauseEnd(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start + 1 && /[,;:\s]/.test(text[end - 1] as string)) end--;
  return { start: span.start, end };
}

/** What grounding needs of the article alone: the pipeline prepares it while the engine reads the article. */
export interface Grounding {
  source: PreparedText;
  headline: PreparedText | null;
  written: WrittenCheck;
}

export function prepareGrounding(article: Article): Grounding {
  const source = prepareText(article.text);
  const headline = article.title ? prepareText(article.title) : null;
  // The written check reads the same two texts: prepared once, for both.
  return { source, headline, written: checkOfPrepared([source, headline]) };
}

export function groundAnalysis(
  id: string,
  article: Article,
  raw: RawAnalysis,
  textHash: string,
  prepared: Grounding = prepareGrounding(article),
): SourceSheet {
  const { source, headline, written } = prepared;
  // Who each span found so far was given to.
  const spanSpeakers = new Map<string, string>();
  const occurrences = new LaterOccurrences(source);
  const keyOf = (span: Span) => `${span.start}:${span.end}`;
  // A passage not found in the body (a headline's, or none) is known by its words.
  const passageKey = (span: Span | null, match: string, words: string) =>
    span ? keyOf(span) : `${match}:${words}`;
  const quotes: Quote[] = [];
  for (const quote of raw.quotes) {
    const text = quote.text.trim();
    if (text === '') continue;
    const speaker = quote.speaker.trim() || 'Unattributed';
    const found = groundIn(text, source, headline);
    const { match, sourceText } = found;
    let span = quote.kind === 'direct' && found.span ? withinMarks(source, found.span) : found.span;
    // The same passage reported twice (a model repeating itself) is one quote; the same words given to
    // another speaker stand at a later place of their own (later-occurrence.ts), if the source has one.
    const holder = spanSpeakers.get(passageKey(span, match, sourceText ?? text));
    if (holder !== undefined) {
      const taken = (place: Span) => spanSpeakers.has(keyOf(place));
      span =
        span && looksFurther(text, speaker, holder)
          ? occurrences.find(span, taken, quote.kind === 'direct')
          : null;
      if (span === null) continue;
    }
    spanSpeakers.set(passageKey(span, match, sourceText ?? text), speaker);
    const leadIn = span ? leadInOf(source.text, span, quote.kind) : null;
    quotes.push({
      id: `${id}.Q${quotes.length + 1}`,
      speaker,
      role: quote.role?.trim() || null,
      text,
      kind: quote.kind,
      cue: quote.cue?.trim() || null,
      match,
      span,
      sourceText,
      ...(leadIn ? { leadIn } : {}),
    });
  }
  // “A,” she added, “b …”: one sentence in two quotes is one line (joined-quotes.ts), numbered as shown.
  const joined = joinSplitQuotes(quotes, source.text).map((quote, index) =>
    quote.id === `${id}.Q${index + 1}` ? quote : { ...quote, id: `${id}.Q${index + 1}` },
  );
  const facts: Fact[] = raw.facts
    .filter((fact) => fact.statement.trim() !== '')
    .map((fact, index) => {
      const { match, span, sourceText } = groundIn(fact.evidence, source, headline);
      // A statement that adds to its evidence (a quote, a figure, a name the source lacks) gives way to the
      // evidence's own words when they were found; when they were not, the fact is not shown (shownFacts).
      // A statement that is those words already (the offline engine's always are) is kept either way, so the
      // check, a fifth of the grounding's time, is not run for it.
      const statement = fact.statement.trim();
      const kept = sourceText === null || sourceText === statement || passes(statement, written);
      return {
        id: `${id}.F${index + 1}`,
        statement: kept ? statement : sourceText,
        kind: fact.kind,
        value: fact.value?.trim() || null,
        evidence: fact.evidence.trim(),
        match,
        span,
        sourceText,
      };
    });
  return {
    id,
    label: article.label,
    title: article.title ?? checkedHeadline(raw.headline, written),
    outlet: article.outlet ?? raw.outlet,
    url: article.url,
    byline: article.byline,
    publishedAt: article.publishedAt,
    words: article.words,
    truncated: article.truncated,
    extractionNote: article.extractionNote,
    summary: checkedSummary(raw.summary, written),
    quotes: joined,
    facts,
    textHash,
  };
}

function checkedHeadline(headline: string | null, written: WrittenCheck): string | null {
  const trimmed = headline?.trim() ?? '';
  return trimmed !== '' && passes(trimmed, written) ? trimmed : null;
}

/**
 * Facts a reader may be shown as facts: their evidence was found in the source and their statement passed the
 * written-text check (or was replaced by the evidence). A fact whose evidence is not found stays in the data
 * with match "not_found", like a dropped quote, but is never presented as a fact.
 */
/**
 * Facts a reader may be shown: found in the source, and not a sentence the summary just above already says
 * word for word (the summary and the key facts both pick a story's lead sentences).
 */
export function shownFacts(sheet: SourceSheet): Fact[] {
  const summary = sheet.summary.replace(/\s+/g, ' ');
  return sheet.facts.filter(
    (fact) => fact.match !== 'not_found' && !summary.includes(fact.statement.replace(/\s+/g, ' ').trim()),
  );
}

/** Quotes a reader may be shown: found in the source, verbatim or close. */
export function shownQuotes(sheet: SourceSheet): Quote[] {
  return sheet.quotes.filter((quote) => quote.match !== 'not_found');
}

export function droppedQuoteCount(sheet: SourceSheet): number {
  return sheet.quotes.length - shownQuotes(sheet).length;
}

/**
 * The source's words shown before a quote: a negation or a denial that governs it (negating-lead-in.ts), or the
 * frame of a fragment of a word or two (fragment-lead-in.ts); the longer when both stand, since both end at
 * the quote's opening mark and the longer holds the other.
 */
function leadInOf(text: string, span: Span, kind: Quote['kind']): string | null {
  const negating = negatingLeadIn(text, span);
  const frame = kind === 'direct' ? fragmentLeadIn(text, span) : null;
  if (!frame) return negating;
  return negating && negating.length >= frame.length ? negating : frame;
}
