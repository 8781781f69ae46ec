// A link → an Article: validate, fetch safely, decode, extract, cache. Every failure is a CopydeskError whose
// message names the site and says what to do; the technical cause rides along in `cause` for the log.
import type { Logger } from '../../logger.ts';
import type { Store } from '../../store/store.ts';
import type { Article } from '../../types.ts';
import type { ExtractedArticle } from './extract-article.ts';
import { invalidUrl } from './fetch-errors.ts';

/** HTML → article; the Slack app runs it in the CPU pool, the CLI in its own thread. */
export type ExtractFn = (html: string, url: string) => Promise<ExtractedArticle>;

export interface UrlReaderOptions {
  store: Store | null;
  /** host:port pairs exempt from the private-address block (COPYDESK_FETCH_ALLOW). */
  allow: string[];
  timeoutMs: number;
  logger: Logger;
  /** Where extraction runs; in this thread when absent. */
  extract?: ExtractFn;
}

/** Pages change (corrections, updates): keep them long enough for a burst of requests, not longer. */
export const PAGE_CACHE_TTL_MS = 15 * 60_000;
/** No article page needs more; anything bigger is a feed, a dump or an attack. */
export const MAX_PAGE_BYTES = 5 * 1_048_576;
export const MAX_REDIRECTS = 5;
const CACHE_VERSION = 'v1';

export function createUrlReader(options: UrlReaderOptions): (url: string) => Promise<Article> {
  // The fetch and extraction stack (undici, linkedom, Readability) is loaded on the first link, not at start:
  // a run with only pasted text never pays its ~45 MB.
  let pageReader: Promise<(url: URL) => Promise<Article>> | undefined;
  const readFresh = async (url: URL): Promise<Article> => {
    pageReader ??= import('./read-page.ts').then((module) => module.createPageReader(options));
    return (await pageReader)(url);
  };
  // Two sources with the same link in one run share one fetch.
  const inFlight = new Map<string, Promise<Article>>();

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
