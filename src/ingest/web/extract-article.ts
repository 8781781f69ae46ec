// HTML → article: Readability over linkedom (about 10x faster than jsdom for the same result), plus the
// page's own metadata, plus honest notes when what we read is probably not the whole story.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { countWords } from '../../util/word-count.ts';
import { normalizeDate, parseDateLine } from '../dates.ts';
import { parseBylineLine } from '../paste/byline.ts';
import { removeFurniture, textKey } from '../paste/remove-furniture.ts';
import { isDatelineOnly, trimSiteName } from '../title-cleanup.ts';
import { htmlParagraphs } from './html-paragraphs.ts';
import { checkMarkupBudget } from './markup-budget.ts';
import type { MiniDocument, MiniElement, MiniNode } from './mini-dom.ts';
import { readPageMetadata } from './page-metadata.ts';

export interface ExtractedArticle {
  title: string | null;
  outlet: string | null;
  byline: string | null;
  publishedAt: string | null;
  /** Canonical URL when the page states a plausible one on its own site, else the page's URL. */
  url: string;
  text: string;
  words: number;
  note: string | null;
  /** The page is a bot check (Cloudflare "Just a moment…" and friends), not the article. */
  botCheck: boolean;
}

/** Below this many words, a page with paywall signs is taken for a teaser. */
const TEASER_WORDS = 300;
/** Below this many words, any page gets a "this looks short" note. */
const SHORT_WORDS = 80;
/** Readability refuses to work on pathological documents beyond this many elements. */
const MAX_ELEMENTS = 60_000;

const PAYWALL_MARKUP =
  /\b(?:class|id)\s*=\s*["'][^"']*\b(?:paywall|pay-wall|subscriber-only|subscribers-only|premium-content|premium-article|regwall|reg-wall|meteredContent|metered-content|article-locked|locked-content|piano-(?:inline|paywall)|tp-container)/i;
const BOT_CHECK_TITLE =
  /^(?:just a moment|attention required|access denied|are you a robot|security check|please wait|verify you are (?:a )?human|one more step|pardon our interruption|bot verification|ddos-guard|checking your browser)/i;
const BOT_CHECK_MARKUP =
  /\b(?:cf-challenge|challenge-platform|_cf_chl_opt|captcha-delivery|px-captcha|g-recaptcha|h-captcha|hcaptcha)\b/i;

export function extractArticle(html: string, pageUrl: string | URL): ExtractedArticle {
  const url = new URL(pageUrl);
  const markup = wrapFragment(html.replace(/^\s*<\?xml[^>]*>/i, ''));
  checkMarkupBudget(markup);
  const scriptShare = scriptBytes(markup) / Math.max(1, markup.length);
  const { document } = parseHTML(markup) as unknown as { document: MiniDocument };
  // linkedom has no document URL: a <base> makes Readability resolve relative links against the page.
  const base = document.createElement('base');
  base.setAttribute('href', url.href);
  document.head?.prepend(base);

  const metadata = readPageMetadata(document, url);
  const documentTitle = document.title?.trim() ?? '';
  const parsed = runReadability(document);
  const rawParagraphs = parsed?.content ? htmlParagraphs(parsed.content) : fallbackParagraphs(markup);

  const rawTitle = metadata.title ?? clean(parsed?.title) ?? (documentTitle || null);
  const outlet =
    metadata.siteName ??
    clean(parsed?.siteName) ??
    titleSuffix(rawTitle) ??
    url.hostname.replace(/^www\./, '');
  const trimmed = rawTitle === null ? null : trimSiteName(rawTitle, { outlet, host: url.hostname });
  const title = trimmed === null || isDatelineOnly(trimmed) ? null : trimmed;
  const top = takeLeadingMetadata(rawParagraphs, title);
  const furniture = removeFurniture(top.paragraphs, { title });
  const text = furniture.kept.join('\n\n');
  const words = countWords(text);

  const byline = metadata.byline ?? cleanByline(parsed?.byline) ?? top.byline;
  const publishedAt = metadata.publishedAt ?? normalizeDate(parsed?.publishedTime) ?? top.publishedAt;
  const paywall = metadata.notFree || furniture.paywall || PAYWALL_MARKUP.test(markup);
  const botCheck = words < 150 && (BOT_CHECK_TITLE.test(documentTitle) || BOT_CHECK_MARKUP.test(markup));

  return {
    title,
    outlet,
    byline,
    publishedAt,
    url: metadata.canonicalUrl ?? url.href,
    text,
    words,
    note: noteFor(words, paywall, scriptShare),
    botCheck,
  };
}

function noteFor(words: number, paywall: boolean, scriptShare: number): string | null {
  if (words === 0) return null;
  if (paywall && words < TEASER_WORDS) {
    return `Paywall: only the free teaser (${words} words) could be read. Paste the full article text for a complete sheet.`;
  }
  if (scriptShare > 0.5 && words < TEASER_WORDS) {
    return `This page is mostly script and builds its text in the browser: only ${words} words could be read. Paste the article text for a complete sheet.`;
  }
  if (words < SHORT_WORDS) {
    return `Only ${words} words could be read from this page. If the article is longer, paste its text.`;
  }
  return null;
}

interface ReadabilityResult {
  title?: string | null | undefined;
  byline?: string | null | undefined;
  siteName?: string | null | undefined;
  publishedTime?: string | null | undefined;
  content?: MiniNode | null | undefined;
}

function runReadability(document: MiniDocument): ReadabilityResult | null {
  try {
    // The serializer hands back the element itself: we walk it for paragraphs instead of re-parsing HTML.
    const reader = new Readability(document as never, {
      serializer: (node: unknown) => node as MiniNode,
      maxElemsToParse: MAX_ELEMENTS,
    });
    return reader.parse() as ReadabilityResult | null;
  } catch {
    return null; // Too many elements or a document Readability cannot handle: fall back to plain paragraphs.
  }
}

/** When Readability finds nothing, every <p> of the page is still better than nothing. */
function fallbackParagraphs(markup: string): string[] {
  const { document } = parseHTML(markup) as unknown as { document: MiniDocument };
  const paragraphs: string[] = [];
  const elements = document.querySelectorAll('article p, main p, p');
  const seen = new Set<MiniElement>();
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i];
    if (!element || seen.has(element)) continue;
    seen.add(element);
    paragraphs.push(...htmlParagraphs(element));
  }
  return paragraphs;
}

/** Byline and dateline paragraphs that Readability left at the top of the content. */
function takeLeadingMetadata(paragraphs: string[], title: string | null) {
  const result = {
    paragraphs: [...paragraphs],
    byline: null as string | null,
    publishedAt: null as string | null,
  };
  const titleKey = title ? textKey(title) : null;
  for (let i = 0; i < Math.min(4, result.paragraphs.length); ) {
    const line = result.paragraphs[i] ?? '';
    const byline = parseBylineLine(line);
    const date = byline ? null : parseDateLine(line);
    if (byline && byline.rest === '') {
      result.byline ??= byline.byline;
      result.publishedAt ??= byline.publishedAt;
    } else if (date) {
      result.publishedAt ??= date.date;
    } else if (!(titleKey && textKey(line) === titleKey)) {
      i++;
      continue;
    }
    result.paragraphs.splice(i, 1);
  }
  return result;
}

function cleanByline(value: string | null | undefined): string | null {
  const byline = clean(value);
  if (!byline) return null;
  const parsed = parseBylineLine(/^by\s/i.test(byline) ? byline : `By ${byline}`);
  if (parsed?.byline) return parsed.byline;
  return byline.length <= 80 ? byline.replace(/^by\s+/i, '') : null;
}

/** "Live: strike updates | PortWatch" → "PortWatch": a short name after a pipe is the site's. */
function titleSuffix(title: string | null): string | null {
  const match = /\s\|\s([^|]{2,40})$/.exec(title ?? '');
  return match?.[1] && match[1].trim().split(/\s+/).length <= 4 ? match[1].trim() : null;
}

function clean(value: string | null | undefined): string | null {
  const result = value?.replace(/\s+/g, ' ').trim();
  return result ? result : null;
}

/**
 * Bytes inside <script> elements (JSON-LD aside), for the "mostly script" note. A forward-only scan: a lazy
 * /<script…>[\s\S]*?<\/script>/ rescans to the end of the page for every unclosed <script>, which made
 * 100,000 of them (800 KB) take seconds.
 */
function scriptBytes(markup: string): number {
  const open = /<script\b/gi;
  const close = /<\/script>/gi;
  let total = 0;
  for (let from = 0; ; ) {
    open.lastIndex = from;
    const start = open.exec(markup);
    if (!start) break;
    const tagEnd = markup.indexOf('>', start.index + start[0].length);
    // Nothing after this point can close a tag or an element, so no later <script> can either.
    if (tagEnd === -1) break;
    close.lastIndex = tagEnd + 1;
    const end = close.exec(markup);
    if (!end) break;
    const attributes = markup.slice(start.index + start[0].length, tagEnd);
    if (!/application\/ld\+json/i.test(attributes)) total += close.lastIndex - start.index;
    from = close.lastIndex;
  }
  return total;
}

/** linkedom expects a whole document; a bare fragment gets the usual wrapper. */
function wrapFragment(html: string): string {
  if (/<html[\s>]/i.test(html) || /<body[\s>]/i.test(html)) return html;
  return `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}
