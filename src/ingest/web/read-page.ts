// Fetches one page safely and turns it into an Article. Loaded lazily by read-url.ts: it pulls in undici,
// linkedom and Readability, which a run with only pasted text never needs.
import { CopydeskError } from '../../errors.ts';
import type { Article } from '../../types.ts';
import { countWords } from '../../util/word-count.ts';
import { cleanPaste } from '../clean-paste.ts';
import { createAllowList } from './allow-list.ts';
import { charsetFromContentType, decodeBody } from './decode-body.ts';
import { extractArticle } from './extract-article.ts';
import { type ExtractFn, MAX_PAGE_BYTES, MAX_REDIRECTS, type UrlReaderOptions } from './read-url.ts';
import { createSafeAgent } from './safe-agent.ts';
import { type FetchedPage, safeFetch } from './safe-fetch.ts';

export function createPageReader(options: UrlReaderOptions): (url: URL) => Promise<Article> {
  const allow = createAllowList(options.allow);
  const dispatcher = createSafeAgent({ allow, connectTimeoutMs: Math.min(options.timeoutMs, 10_000) });
  const extract = options.extract ?? (async (html: string, url: string) => extractArticle(html, url));
  return async (url: URL): Promise<Article> => {
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
      return await toArticle(page, url, extract);
    } catch (error) {
      if (error instanceof CopydeskError && error.code === 'extract_too_complex') {
        throw new CopydeskError(
          'extract_too_complex',
          `This page is too complex to read (${page.url.hostname}). Paste the article text instead.`,
          { cause: error },
        );
      }
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
}

async function toArticle(page: FetchedPage, requested: URL, extract: ExtractFn): Promise<Article> {
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
  const extracted = await extract(decoded.text, page.url.href);
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
