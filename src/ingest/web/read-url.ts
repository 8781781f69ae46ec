// A link → an Article: validate, fetch safely, decode, extract, cache. Every failure is a CopydeskError whose
// message names the site and says what to do; the technical cause rides along in `cause` for the log.
import { CopydeskError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import type { Store } from '../../store/store.ts';
import type { Article } from '../../types.ts';
import { cleanPaste } from '../clean-paste.ts';
import { countWords } from '../ingest.ts';
import { createAllowList } from './allow-list.ts';
import { charsetFromContentType, decodeBody } from './decode-body.ts';
import { extractArticle } from './extract-article.ts';
import { invalidUrl } from './fetch-errors.ts';
import { createSafeAgent } from './safe-agent.ts';
import { type FetchedPage, safeFetch } from './safe-fetch.ts';

export interface UrlReaderOptions {
  store: Store | null;
  /** host:port pairs exempt from the private-address block (COPYDESK_FETCH_ALLOW). */
  allow: string[];
  timeoutMs: number;
  logger: Logger;
}

/** Pages change (corrections, updates): keep them long enough for a burst of requests, not longer. */
export const PAGE_CACHE_TTL_MS = 15 * 60_000;
/** No article page needs more; anything bigger is a feed, a dump or an attack. */
export const MAX_PAGE_BYTES = 5 * 1_048_576;
export const MAX_REDIRECTS = 5;
const CACHE_VERSION = 'v1';

export function createUrlReader(options: UrlReaderOptions): (url: string) => Promise<Article> {
  const allow = createAllowList(options.allow);
  const dispatcher = createSafeAgent({ allow, connectTimeoutMs: Math.min(options.timeoutMs, 10_000) });
  // Two sources with the same link in one run share one fetch.
  const inFlight = new Map<string, Promise<Article>>();

  const readFresh = async (url: URL): Promise<Article> => {
    const page = await safeFetch(url, {
      dispatcher,
      allow,
      timeoutMs: options.timeoutMs,
      maxBytes: MAX_PAGE_BYTES,
      maxRedirects: MAX_REDIRECTS,
      logger: options.logger,
    });
    options.logger.debug(
      {
        url: url.href,
        final: page.url.href,
        redirects: page.redirects.length,
        bytes: page.body.length,
        mime: page.mime,
      },
      'page fetched',
    );
    try {
      return toArticle(page, url);
    } catch (error) {
      if (error instanceof CopydeskError) throw error;
      // A parser crash on a strange page is still "no article we could read", not an internal error.
      throw new CopydeskError(
        'extract_empty',
        `Couldn't make sense of the page at ${page.url.hostname}. Paste the article text instead.`,
        {
          cause: error,
        },
      );
    }
  };

  return async (input) => {
    const url = parseLink(input);
    const key = `page:${CACHE_VERSION}:${url.href}`;
    const cached = await cacheGet(options, key);
    if (cached) return { ...cached, label: input };

    let pending = inFlight.get(key);
    if (!pending) {
      pending = readFresh(url).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    const article = await pending;
    await cacheSet(options, key, article);
    return { ...article, label: input };
  };
}

/** http(s) links only; credentials and fragments are dropped (the fragment never reaches the server anyway). */
export function parseLink(input: string): URL {
  const trimmed = input.trim().replace(/^<|>$/g, '');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw invalidUrl(input, 'it is not a complete web address (it should start with https://)');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw invalidUrl(input, 'only http and https links can be read');
  }
  if (url.hostname === '') throw invalidUrl(input, 'it has no site name');
  url.hash = '';
  url.username = '';
  url.password = '';
  return url;
}

function toArticle(page: FetchedPage, requested: URL): Article {
  const site =
    page.url.hostname === requested.hostname
      ? page.url.hostname
      : `${page.url.hostname} (from ${requested.hostname})`;
  const decoded = decodeBody(page.body, charsetFromContentType(page.contentType), page.mime !== 'text/plain');
  if (page.mime === 'text/plain') {
    const cleaned = cleanPaste(decoded.text);
    const words = countWords(cleaned.text);
    if (words === 0) throw emptyPage(site);
    return {
      label: requested.href,
      title: cleaned.title,
      outlet: cleaned.outlet ?? page.url.hostname.replace(/^www\./, ''),
      url: page.url.href,
      byline: cleaned.byline,
      publishedAt: cleaned.publishedAt,
      text: cleaned.text,
      words,
      truncated: false,
      extractionNote: cleaned.note,
    };
  }
  const extracted = extractArticle(decoded.text, page.url);
  if (extracted.botCheck) {
    throw new CopydeskError(
      'fetch_forbidden',
      `${site} showed a bot check instead of the article, so copydesk couldn't read it. Paste the article text instead.`,
      { detail: { url: page.url.href } },
    );
  }
  if (extracted.words === 0) throw emptyPage(site);
  return {
    label: requested.href,
    title: extracted.title,
    outlet: extracted.outlet,
    url: extracted.url,
    byline: extracted.byline,
    publishedAt: extracted.publishedAt,
    text: extracted.text,
    words: extracted.words,
    truncated: false,
    extractionNote: extracted.note,
  };
}

function emptyPage(site: string): CopydeskError {
  return new CopydeskError(
    'extract_empty',
    `Couldn't find any article text on the page at ${site} (it may be built by script or be a video page). Paste the article text instead.`,
  );
}

// A broken cache must never cost the user their fact sheet: failures are logged and ignored.
async function cacheGet(options: UrlReaderOptions, key: string): Promise<Article | undefined> {
  if (!options.store) return undefined;
  try {
    return await options.store.get<Article>(key);
  } catch (error) {
    options.logger.warn({ err: error, key }, 'page cache read failed');
    return undefined;
  }
}

async function cacheSet(options: UrlReaderOptions, key: string, article: Article): Promise<void> {
  if (!options.store) return;
  try {
    await options.store.set(key, article, PAGE_CACHE_TTL_MS);
  } catch (error) {
    options.logger.warn({ err: error, key }, 'page cache write failed');
  }
}
