// Splits article text into paragraphs and sentences, keeping character offsets into Article.text so every
// quote, clause and evidence string the engine reports is an exact slice of the source.
// Sentences never break inside a quote: “It is over. We won,” she said. is one sentence, because the
// attribution that follows belongs to both quoted sentences.
import { isSpaceCode } from '../../util/word-count.ts';
import { isAbbreviation } from './abbreviation-dot.ts';
import { isCredit } from './credit-after-stop.ts';
import { type NextChar, nextAt, nextChar } from './next-char.ts';
import { type Paragraph, splitParagraphs } from './paragraphs.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.ts';
import type { SentenceReads } from './sentence-reads.ts';
import { gluedCapital, startsSentence } from './sentence-start.ts';
import { indexOfRangeAt, lastIndexBefore } from './span-search.ts';
import { type Token, tokenize } from './tokens.ts';

export type { Paragraph } from './paragraphs.ts';

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
  /** The sentence's tokens, quoted words included (see TextModel.quoted). */
  tokens: Token[];
  /** The quotes that open in this sentence, in order. */
  quotes: QuoteSpan[];
  /** The tokens outside quotes, made with the model (see unquotedTokens); read only. */
  unquoted?: Token[];
  /** leadLength of the sentence's text, kept by sentenceLead (standalone.ts) on first ask. */
  lead?: number | undefined;
}

export interface TextModel {
  text: string;
  title: string | null;
  paragraphs: Paragraph[];
  /** Body paragraphs' sentences, in text order. */
  sentences: Sentence[];
  /** Quotes in body paragraphs, in text order. */
  quotes: QuoteSpan[];
  /** Tokens that sit inside a quote (its marks included): the text is tokenised once, for every rule. */
  quoted: QuotedTokens;
  /** The sentences' readings, made on first ask by readsOf (model-reads.ts). */
  reads?: SentenceReads | undefined;
}

/** Which tokens sit inside a quote: what a WeakSet of them answered, read from the flag each token carries. */
export interface QuotedTokens {
  has(token: Token): boolean;
}

const QUOTED_TOKENS: QuotedTokens = { has: (token) => token.quoted === true };

export function buildTextModel(text: string, title: string | null): TextModel {
  const paragraphs = splitParagraphs(text, title);
  const body: Paragraph[] = [];
  for (const paragraph of paragraphs) if (paragraph.kind === 'body') body.push(paragraph);
  const quotes = findQuoteSpans(text, body);
  // Sentence bounds as flat (start, end, paragraph) triples: no object per range, no array per paragraph.
  const bounds: number[] = [];
  const stops: Stops = [nextChar('.'), nextChar('!'), nextChar('?')];
  for (const paragraph of body) splitSentences(text, paragraph, quotes, stops, bounds);
  // Each sentence is tokenised on its own, not the whole text and then sliced: a sentence starts after
  // whitespace (or the text's start) and ends before whitespace (or the end), and no token holds whitespace,
  // so its tokens are exactly the whole text's tokens that start inside it. Headings, furniture and the
  // stretches between sentences get no tokens at all, and no article-long token array is built and copied.
  const sentences: Sentence[] = [];
  const cursor = { quote: 0 };
  let k = 0;
  for (let b = 0; b < bounds.length; b += 3) {
    const start = bounds[b] as number;
    const end = bounds[b + 1] as number;
    const own = tokenize(text, start, end);
    const anyQuoted = markQuoted(own, quotes, cursor);
    while (k < quotes.length && (quotes[k] as QuoteSpan).open < start) k++;
    let m = k;
    while (m < quotes.length && (quotes[m] as QuoteSpan).open < end) m++;
    sentences.push({
      start,
      end,
      paragraph: bounds[b + 2] as number,
      tokens: own,
      // Most sentences quote nothing: they share one empty list (read only, like every sentence's lists).
      quotes: m > k ? quotes.slice(k, m) : NO_QUOTES,
      // A sentence that quotes nothing (most) shares its token list: both are read only, and a copy of every
      // sentence's tokens was live for the whole analysis, for the young-generation GC to copy on a long article.
      unquoted: anyQuoted ? withoutQuoted(own) : own,
      // Present from the start, so every sentence keeps one shape when sentenceLead fills it in.
      lead: undefined,
    });
    k = m;
  }
  // `reads` present from the start, so every model keeps one shape when readsOf fills it in.
  return { text, title, paragraphs, sentences, quotes, quoted: QUOTED_TOKENS, reads: undefined };
}

const NO_QUOTES: QuoteSpan[] = [];

/**
 * Flags the tokens that sit inside a quote (its marks included), walking the article's quotes from
 * `cursor.quote` on (sentences come in text order); true when any token was flagged.
 */
function markQuoted(tokens: Token[], quotes: QuoteSpan[], cursor: { quote: number }): boolean {
  let q = cursor.quote;
  let any = false;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    while (
      q < quotes.length &&
      (quotes[q] as QuoteSpan).end < token.start &&
      closeOf(quotes[q] as QuoteSpan) < token.start
    )
      q++;
    const quote = quotes[q];
    // A flag on the token, not a WeakSet entry: adding every quoted token to a set was a cost of its own.
    if (quote && token.start >= quote.open && token.start <= closeOf(quote)) {
      token.quoted = true;
      any = true;
    }
  }
  cursor.quote = q;
  return any;
}

function withoutQuoted(tokens: Token[]): Token[] {
  const kept: Token[] = [];
  for (let k = 0; k < tokens.length; k++)
    if ((tokens[k] as Token).quoted !== true) kept.push(tokens[k] as Token);
  return kept;
}

function closeOf(quote: QuoteSpan): number {
  return quote.close ?? quote.end;
}

/** Appends the paragraph's sentences to `bounds` as (start, end, paragraph index) triples, in text order. */
/**
 * The last character of a quote's words before `end`, or its full stop before the closing mark of a quote inside
 * it: "… are 'racists.'” ends on the stop. A question inside ("… 'How do we win?'” Reyes said) is the inner
 * speaker's, and its own sentence may go on.
 */
function lastStopCode(text: string, end: number): number {
  let k = end - 1;
  while (k > 0 && (text.charCodeAt(k) === 39 || text.charCodeAt(k) === 0x2019)) k--;
  return k === end - 1 || text.charCodeAt(k) === 46 ? text.charCodeAt(k) : text.charCodeAt(end - 1);
}

function splitSentences(
  text: string,
  paragraph: Paragraph,
  quotes: QuoteSpan[],
  stops: Stops,
  bounds: number[],
): void {
  // Quotes are sorted by their opening mark: a binary search finds this paragraph's, quotes[first, last),
  // where filtering them all for every paragraph grew with the square of the article's length.
  const first = lastIndexBefore(quotes, paragraph.start, (quote) => quote.open) + 1;
  let last = first;
  while (last < quotes.length && (quotes[last] as QuoteSpan).open < paragraph.end) last++;
  let start = paragraph.bodyStart;
  let i = start;
  // Only a quote's opening mark and a stop (. ! ?) can end a sentence: the loop jumps from one to the next
  // rather than asking every character of the article whether a quote opens there.
  let q = first;
  while (i < paragraph.end) {
    while (q < last && (quotes[q] as QuoteSpan).open < i) q++;
    const nextOpen = q < last ? (quotes[q] as QuoteSpan).open : paragraph.end;
    const nextStop = stopAtOrAfter(text, stops, i, Math.min(nextOpen, paragraph.end));
    if (nextStop >= paragraph.end) break;
    i = nextStop;
    const quote = nextOpen === i ? quotes[q] : undefined;
    if (quote) {
      const after = quote.close === null ? paragraph.end : quote.close + 1;
      // A quote that ends its own sentence ("…over.” Then…) closes the sentence with it.
      const last = quote.close === null ? 0 : lastStopCode(text, quote.end);
      if (
        quote.close !== null &&
        isStopCode(last) &&
        (startsSentence(text, after) || gluedCapital(text, after)) &&
        !isCredit(text, after, paragraph.end, last !== 46)
      ) {
        pushBounds(bounds, start, after, paragraph.index);
        start = skipSpace(text, after);
      }
      i = after;
      continue;
    }
    if (!isAbbreviation(text, i)) {
      let end = i + 1;
      while (end < paragraph.end && CLOSERS.has(text[end] as string) && !opensAt(quotes, first, last, end))
        end++;
      if (end >= paragraph.end || startsSentence(text, end)) {
        pushBounds(bounds, start, end, paragraph.index);
        start = skipSpace(text, end);
        i = start;
        continue;
      }
    }
    i++;
  }
  if (start < paragraph.end) pushBounds(bounds, start, paragraph.end, paragraph.index);
}

/** A sentence's bounds, when it holds anything. */
function pushBounds(bounds: number[], start: number, end: number, paragraph: number): void {
  if (end > start) bounds.push(start, end, paragraph);
}

/** Where the next . ! and ? are: the splitter reads forward through the article. */
type Stops = [NextChar, NextChar, NextChar];

/** The first . ! or ? from `from` on, or `limit` when there is none before it. */
function stopAtOrAfter(text: string, stops: Stops, from: number, limit: number): number {
  const [dot, bang, question] = stops;
  return Math.min(nextAt(dot, text, from), nextAt(bang, text, from), nextAt(question, text, from), limit);
}

/** . ! or ? by code. */
function isStopCode(code: number): boolean {
  return code === 46 || code === 33 || code === 63;
}

/**
 * Whether one of the paragraph's quotes, quotes[first, last), opens at `at`. A paragraph holds a handful at most: read in place,
 * where a Map of them was built for every paragraph, quotes or none.
 */
function opensAt(quotes: QuoteSpan[], first: number, last: number, at: number): boolean {
  for (let q = first; q < last; q++) if ((quotes[q] as QuoteSpan).open === at) return true;
  return false;
}

/** What may follow a sentence's final stop and still belong to it. */
const CLOSERS = new Set([')', '”', '"', '’', "'", ']']);

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The sentence's tokens outside quotes, in order: the names and the attribution rules both read them, so the
 * list is made once per sentence and shared. Callers must not change it.
 */
export function unquotedTokens(model: TextModel, sentence: Sentence): Token[] {
  sentence.unquoted ??= sentence.tokens.filter((token) => !model.quoted.has(token));
  return sentence.unquoted;
}

export function sentenceText(model: TextModel, sentence: Sentence): string {
  return model.text.slice(sentence.start, sentence.end);
}

/** The sentence holding an offset, or -1 (sentences are in text order). */
export function sentenceIndexAt(model: TextModel, offset: number): number {
  return indexOfRangeAt(
    model.sentences,
    offset,
    (s) => s.start,
    (s) => s.end,
  );
}

export function sentenceAt(model: TextModel, offset: number): Sentence | undefined {
  return model.sentences[sentenceIndexAt(model, offset)];
}

/** True when the offset falls inside any quote's words or marks (quotes are in text order). */
export function insideQuote(model: TextModel, offset: number): boolean {
  return (
    indexOfRangeAt(
      model.quotes,
      offset,
      (q) => q.open,
      (q) => closeOf(q) + 1,
    ) >= 0
  );
}
