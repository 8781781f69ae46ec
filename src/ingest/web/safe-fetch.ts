// GET a user-supplied URL without letting it reach anything private: redirects are followed by hand so every
// hop is checked like the first, the whole exchange has one deadline, the body is capped after
// decompression, and only HTML, XHTML and plain text are read.
import type { Dispatcher } from 'undici';
import { request } from 'undici';
import { CopydeskError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import { classifyAddress, describeAddressClass, isBadPort } from './address-policy.ts';
import { type AllowList, effectivePort } from './allow-list.ts';
import { ACCEPT_ENCODING, decompress, TooLargeError, UnsupportedEncodingError } from './decompress.ts';
import {
  badPort,
  badScheme,
  blocked,
  invalidUrl,
  networkError,
  notArticle,
  siteName,
  statusError,
  timedOut,
  tooLarge,
  tooManyRedirects,
  unreadableEncoding,
} from './fetch-errors.ts';

export interface SafeFetchOptions {
  dispatcher: Dispatcher;
  allow: AllowList;
  /** One deadline for every hop, headers and body together. */
  timeoutMs: number;
  /** Cap on the body after decompression. */
  maxBytes: number;
  maxRedirects: number;
  logger?: Logger;
}

export interface FetchedPage {
  /** Where the page was finally found, after redirects. */
  url: URL;
  /** Lower-case MIME type without parameters: text/html, application/xhtml+xml or text/plain. */
  mime: string;
  /** The Content-Type header as sent, for the charset parameter. */
  contentType: string | null;
  body: Buffer;
  /** Every URL visited before the final one. */
  redirects: string[];
}

const READABLE = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

// Some sites answer unknown clients with 403; a browser-like token with our name is the honest middle ground.
const USER_AGENT = 'Mozilla/5.0 (compatible; copydesk/0.1; +newsroom fact sheets)';

export async function safeFetch(start: URL, options: SafeFetchOptions): Promise<FetchedPage> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const redirects: string[] = [];
  let url = start;
  try {
    for (;;) {
      assertFetchable(url, options.allow, start);
      const response = await send(url, options, controller.signal, start);
      const location = response.headers.location;
      if (REDIRECTS.has(response.statusCode) && typeof location === 'string' && location !== '') {
        discard(response.body);
        if (redirects.length >= options.maxRedirects)
          throw tooManyRedirects(start.hostname, options.maxRedirects);
        const next = resolveRedirect(location, url, start);
        options.logger?.debug(
          { from: url.href, to: next.href, status: response.statusCode },
          'fetch redirect',
        );
        redirects.push(url.href);
        url = next;
        continue;
      }
      if (response.statusCode < 200 || response.statusCode > 299) {
        discard(response.body);
        throw statusError(response.statusCode, siteName(url, start), url.href);
      }
      const contentType = headerText(response.headers['content-type']);
      const mime = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (mime !== '' && !READABLE.has(mime) && !isOctetStream(mime)) {
        // Don't download what we won't read.
        discard(response.body);
        throw notArticle(siteName(url, start), mime);
      }
      // A declared length over the cap is refused before a byte of the body is read.
      const declared = Number(headerText(response.headers['content-length']) ?? Number.NaN);
      if (declared > options.maxBytes) {
        discard(response.body);
        throw tooLarge(siteName(url, start), options.maxBytes);
      }
      const raw = await readCapped(response.body, options.maxBytes, url, start);
      const body = await decompress(
        raw,
        headerText(response.headers['content-encoding']),
        options.maxBytes,
      ).catch((error: unknown) => {
        if (error instanceof TooLargeError) throw tooLarge(siteName(url, start), options.maxBytes);
        if (error instanceof UnsupportedEncodingError) throw unreadableEncoding(siteName(url, start), error);
        throw networkError(error, siteName(url, start), options.timeoutMs);
      });
      return { url, mime: settleMime(mime, body, url, start), contentType, body, redirects };
    }
  } catch (error) {
    if (error instanceof CopydeskError) throw error;
    if (controller.signal.aborted) throw timedOut(siteName(url, start), options.timeoutMs, error);
    throw networkError(error, siteName(url, start), options.timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

/** Checks that need no connection: scheme, port, and literal IP addresses in any spelling. */
export function assertFetchable(url: URL, allow: AllowList, start: URL = url): void {
  const site = siteName(url, start);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw url === start
      ? invalidUrl(url.href, 'only http and https links are read')
      : badScheme(site, url.protocol);
  }
  if (url.hostname === '') throw invalidUrl(url.href, 'it has no site name');
  const port = effectivePort(url);
  if (allow.has(url.hostname, port)) return;
  // The URL parser already rewrote odd IPv4 spellings to dotted form; the classifier copes with either.
  const kind = classifyAddress(url.hostname);
  if (kind !== 'invalid' && kind !== 'public') throw blocked(site, describeAddressClass(kind));
  if (isBadPort(port)) throw badPort(site, port);
}

async function send(url: URL, options: SafeFetchOptions, signal: AbortSignal, start: URL) {
  options.logger?.debug({ url: url.href }, 'fetch');
  try {
    return await request(url, {
      method: 'GET',
      dispatcher: options.dispatcher,
      signal,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      headers: {
        'user-agent': USER_AGENT,
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
        'accept-language': 'en;q=1, *;q=0.5',
        'accept-encoding': ACCEPT_ENCODING,
      },
    });
  } catch (error) {
    if (signal.aborted) throw timedOut(siteName(url, start), options.timeoutMs, error);
    throw networkError(error, siteName(url, start), options.timeoutMs);
  }
}

function resolveRedirect(location: string, from: URL, start: URL): URL {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch (error) {
    throw networkError(error, siteName(from, start), 0);
  }
  next.hash = '';
  next.username = '';
  next.password = '';
  return next;
}

/** Read the (still compressed) body, refusing to buffer more than the cap. */
async function readCapped(
  body: Parameters<typeof discard>[0] & AsyncIterable<Buffer>,
  maxBytes: number,
  url: URL,
  start: URL,
) {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > maxBytes) {
      discard(body);
      throw tooLarge(siteName(url, start), maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

/** Untyped or generic bodies are sniffed: a PDF is named as one, markup is read as HTML, anything else refused. */
function settleMime(mime: string, body: Buffer, url: URL, start: URL): string {
  const head = body.subarray(0, 1024).toString('latin1');
  if (head.startsWith('%PDF-')) throw notArticle(siteName(url, start), 'application/pdf');
  if (mime !== '' && !isOctetStream(mime)) return mime;
  if (/\.pdf$/i.test(url.pathname)) throw notArticle(siteName(url, start), 'application/pdf');
  if (/^\s*(<!doctype html|<html|<head|<body|<\?xml)/i.test(head.replace(/^\ufeff|^\xef\xbb\xbf/, '')))
    return 'text/html';
  throw notArticle(siteName(url, start), mime);
}

/** Drop a body we won't read. Destroying an undici body emits an AbortError: swallow it, it is ours. */
function discard(body: { on(event: 'error', listener: () => void): unknown; destroy(): void }): void {
  body.on('error', () => {});
  body.destroy();
}

function isOctetStream(mime: string): boolean {
  return mime === 'application/octet-stream' || mime === 'binary/octet-stream';
}

function headerText(value: string | string[] | undefined): string | null {
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}
