// End to end: createUrlReader against real HTTP servers on 127.0.0.1. One server is on the allow list and
// serves the pages; another is NOT, and must never see a connection, whatever spelling a link uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CopydeskError } from '../../src/errors.ts';
import { createUrlReader, PAGE_CACHE_TTL_MS } from '../../src/ingest/web/read-url.ts';
import { silentLogger } from '../../src/logger.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { PAGES_DIR, readGolden } from './support/golden-pages.ts';
import {
  drip,
  hang,
  type PageServer,
  redirect,
  send,
  startPageServer,
  status,
} from './support/page-server.ts';

const page = (name: string) => readFileSync(join(PAGES_DIR, name));
const HTML = 'text/html; charset=utf-8';

let pages: PageServer;
let forbidden: PageServer;

// nock (test/setup.ts) replaces sockets with lazy stand-ins that only connect on first write, which would
// hide a connection we opened and then dropped. These tests need real sockets to prove "no connection
// made", so nock steps aside here; every URL below is loopback or refused before any lookup.
beforeAll(async () => {
  nock.restore();
  forbidden = await startPageServer({ '/secret': send('<p>internal admin panel</p>', HTML) });
  const news = page('news-article.html.txt');
  const koi8 = Buffer.concat([
    Buffer.from('<html><head><title>'),
    Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]), // "Привет" in KOI8-R
    Buffer.from('</title></head><body><article><p>'),
    Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]),
    Buffer.from(
      ', said the harbor master, and the ships began to move again after four long weeks.</p></article></body></html>',
    ),
  ]);
  const bomb = gzipSync(Buffer.concat([Buffer.from('<html><body><p>'), Buffer.alloc(64 * 1_048_576, 32)]), {
    level: 9,
  });
  const blocked = (host: string) => () => `http://${host}:${forbidden.port}/secret`;
  pages = await startPageServer({
    '/news': send(news, HTML),
    '/news-gzip': send(gzipSync(news), HTML, { 'content-encoding': 'gzip' }),
    '/news-br': send(brotliCompressSync(news), HTML, { 'content-encoding': 'br' }),
    '/paywall': send(page('paywall-teaser.html.txt'), HTML),
    '/latin1': send(page('latin1-article.html.txt'), 'text/html'),
    '/koi8': send(koi8, 'text/html; charset=koi8-r'),
    '/plain': send(page('plain-article.txt'), 'text/plain; charset=utf-8'),
    '/script-heavy': send(page('script-heavy.html.txt'), HTML),
    '/bot-check': send(page('bot-check.html.txt'), HTML),
    '/empty': send('<html><body><nav><a href="/">Home</a></nav></body></html>', HTML),
    '/r/1': redirect('/news'),
    '/r/2': redirect('/r/1', 301),
    '/r/3': redirect('/r/2', 307),
    '/r/4': redirect('/r/3', 308),
    '/r/5': redirect('/r/4', 303),
    '/r/6': redirect('/r/5'),
    '/loop': redirect('/loop'),
    '/to-blocked': redirect(blocked('127.0.0.1')),
    '/to-blocked-name': redirect(blocked('localhost')),
    '/to-blocked-v6': redirect(blocked('[::1]')),
    '/to-blocked-mapped': redirect(blocked('[::ffff:127.0.0.1]')),
    '/to-blocked-decimal': redirect(blocked('2130706433')),
    '/to-file': redirect('file:///etc/passwd'),
    '/bomb': send(bomb, HTML, { 'content-encoding': 'gzip' }),
    '/huge': send(Buffer.alloc(6 * 1_048_576, 32), HTML),
    '/huge-chunked': (_req, res) => {
      // No Content-Length: only counting the bytes as they arrive can stop this one.
      res.writeHead(200, { 'content-type': HTML });
      for (let i = 0; i < 7; i++) res.write(Buffer.alloc(1_048_576, 32));
      res.end();
    },
    '/drip': drip(40),
    '/hang': hang(),
    '/report.pdf': send('%PDF-1.7\n%âãÏÓ\n1 0 obj', 'application/pdf'),
    '/download.pdf': send('%PDF-1.4\n1 0 obj', 'application/octet-stream'),
    '/photo': send(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'),
    '/data': send('{"a":1}', 'application/json'),
    '/gone': status(410),
    '/forbidden': status(403),
    '/login': status(401),
    '/busy': status(429),
    '/error': status(500),
    '/unavailable': status(503),
    '/teapot': status(418),
  });
});

afterAll(async () => {
  await pages.close();
  await forbidden.close();
  nock.activate();
});

function reader(options: { store?: Store | null; timeoutMs?: number; allow?: string[] } = {}) {
  return createUrlReader({
    store: options.store ?? null,
    allow: options.allow ?? [pages.hostPort],
    timeoutMs: options.timeoutMs ?? 5_000,
    logger: silentLogger(),
  });
}

async function failure(promise: Promise<unknown>): Promise<CopydeskError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(CopydeskError);
    const copydeskError = error as CopydeskError;
    // A reporter's sentence: no stack, no errno, no library names.
    expect(copydeskError.message).not.toMatch(/\n|\bE[A-Z]{4,}\b|undici|Error:/);
    return copydeskError;
  }
  throw new Error('expected the read to fail');
}

describe('reading a news page', () => {
  it('extracts text and metadata like the golden file', async () => {
    const golden = readGolden('news-article');
    const article = await reader()(pages.url('/news'));
    expect(article.label).toBe(pages.url('/news'));
    // The page's canonical link names harborledger.example, another site than the one we fetched: not taken.
    expect(article.url).toBe(pages.url('/news'));
    expect(article.title).toBe(golden.title);
    expect(article.outlet).toBe('The Harbor Ledger');
    expect(article.byline).toBe('Maria Kessler and Owen Batra');
    expect(article.publishedAt).toBe('2025-11-19T14:05:00-05:00');
    expect(article.text.split('\n\n')).toEqual(golden.paragraphs);
    expect(article.words).toBe(golden.words);
    expect(article.truncated).toBe(false);
    expect(article.extractionNote).toBeNull();
  });

  it.each(['/news-gzip', '/news-br'])('decodes a compressed page (%s)', async (path) => {
    const article = await reader()(pages.url(path));
    expect(article.words).toBe(readGolden('news-article').words);
  });

  it('follows a chain of redirects and keeps the link as given for the label', async () => {
    const article = await reader()(pages.url('/r/3'));
    expect(article.label).toBe(pages.url('/r/3'));
    expect(article.title).toBe(readGolden('news-article').title);
  });

  it('reads a page declared windows-1252 in a <meta> tag', async () => {
    const article = await reader()(pages.url('/latin1'));
    expect(article.text).toContain('Les dockers du port de Calloway ont rejeté mercredi');
    expect(article.text).toContain('« Nos membres ont été clairs');
    expect(article.text).toContain('4 800 €');
    expect(article.text).not.toContain('\ufffd');
    expect(article.byline).toBe('Élodie Marchand');
  });

  it('reads a page whose charset (KOI8-R) is only in the header', async () => {
    const article = await reader()(pages.url('/koi8'));
    expect(article.text).toMatch(/^Привет, said the harbor master/);
  });

  it('reads plain text like a paste', async () => {
    const article = await reader()(pages.url('/plain'));
    expect(article.title).toBe('Harbor pilots join Calloway walkout');
    expect(article.byline).toBe('Owen Batra');
    expect(article.publishedAt).toBe('2025-11-21');
    expect(article.text).toMatch(/^Harbor pilots who guide ships/);
  });

  it('says so when a paywall leaves only the teaser', async () => {
    const article = await reader()(pages.url('/paywall'));
    expect(article.words).toBeLessThan(60);
    expect(article.extractionNote).toMatch(/Paywall: only the free teaser \(\d+ words\).*[Pp]aste/);
    expect(article.text).not.toMatch(/Subscribe|subscriber/);
  });

  it('says so when the page is mostly script', async () => {
    const article = await reader()(pages.url('/script-heavy'));
    expect(article.extractionNote).toMatch(/mostly script/);
  });

  it('refuses a bot-check page as forbidden and a page without text as empty', async () => {
    expect((await failure(reader()(pages.url('/bot-check')))).code).toBe('fetch_forbidden');
    const empty = await failure(reader()(pages.url('/empty')));
    expect(empty.code).toBe('extract_empty');
    expect(empty.message).toContain('127.0.0.1');
  });
});

describe('refusing private addresses', () => {
  const spellings = [
    '127.0.0.1',
    'localhost',
    '[::1]',
    '[::ffff:127.0.0.1]',
    '[::ffff:7f00:1]',
    '[::127.0.0.1]',
    '2130706433',
    '0x7f000001',
    '0177.0.0.1',
    '0x7f.1',
    '127.1',
    '127.0.0.1.',
    '0.0.0.0',
    '0',
  ];

  it.each(spellings)('refuses http://%s:PORT/ without connecting', async (host) => {
    const before = forbidden.connections;
    const error = await failure(reader()(`http://${host}:${forbidden.port}/secret`));
    expect(error.code).toBe('fetch_blocked');
    expect(error.message).toMatch(/^Not fetched: the link to \S+ points to /);
    expect(await forbidden.settledConnections()).toBe(before);
  });

  it.each(['/to-blocked', '/to-blocked-name', '/to-blocked-v6', '/to-blocked-mapped', '/to-blocked-decimal'])(
    'refuses a redirect to a private address (%s) without connecting',
    async (path) => {
      const before = forbidden.connections;
      const error = await failure(reader()(pages.url(path)));
      expect(error.code).toBe('fetch_blocked');
      expect(error.message).toContain('redirected from 127.0.0.1');
      expect(await forbidden.settledConnections()).toBe(before);
      expect(forbidden.requests).toEqual([]);
    },
  );

  it('reaches loopback only for the exact host:port on the allow list', async () => {
    const allowed = reader({ allow: [forbidden.hostPort] });
    const error = await failure(allowed(`http://127.0.0.1:${pages.port}/news`));
    expect(error.code).toBe('fetch_blocked');
    const byName = await reader({ allow: [`localhost:${pages.port}`] })(
      `http://localhost:${pages.port}/news`,
    );
    expect(byName.words).toBeGreaterThan(100);
  });

  it('refuses a redirect to another scheme', async () => {
    const error = await failure(reader()(pages.url('/to-file')));
    expect(error.code).toBe('fetch_blocked');
    expect(error.message).toMatch(/redirects to a file address/);
  });

  it('refuses non-web ports', async () => {
    const error = await failure(reader({ allow: [] })('http://localhost:25/'));
    expect(error.code).toBe('fetch_blocked');
    expect(error.message).toBe('Not fetched: the link to localhost uses port 25, which is not a web port.');
  });

  it.each([
    'ftp://example.com/a',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'example.com/story',
    'https://',
    '',
  ])('refuses %j as not a link', async (input) => {
    expect((await failure(reader()(input))).code).toBe('fetch_invalid_url');
  });
});

describe('limits', () => {
  it('stops after 5 redirects', async () => {
    const error = await failure(reader()(pages.url('/r/6')));
    expect(error.code).toBe('fetch_too_many_redirects');
    expect(error.message).toContain('more than 5 times');
    expect((await failure(reader()(pages.url('/loop')))).code).toBe('fetch_too_many_redirects');
  });

  it('accepts exactly 5 redirects', async () => {
    const article = await reader()(pages.url('/r/5'));
    expect(article.title).toBe(readGolden('news-article').title);
  });

  it('stops a gzip bomb at the size cap', async () => {
    const error = await failure(reader()(pages.url('/bomb')));
    expect(error.code).toBe('fetch_too_large');
    expect(error.message).toMatch(/larger than 5 MB/);
  });

  it.each(['/huge', '/huge-chunked'])('stops an oversized plain body at the size cap (%s)', async (path) => {
    expect((await failure(reader()(pages.url(path)))).code).toBe('fetch_too_large');
  });

  it('gives up on a slow drip at the total deadline', async () => {
    const error = await failure(reader({ timeoutMs: 300 })(pages.url('/drip')));
    expect(error.code).toBe('fetch_timeout');
    expect(error.message).toContain('took too long');
  });

  it('gives up on a server that never answers', async () => {
    expect((await failure(reader({ timeoutMs: 300 })(pages.url('/hang')))).code).toBe('fetch_timeout');
  });
});

describe('pages that are not articles, and error statuses', () => {
  it.each(['/report.pdf', '/download.pdf'])('names a PDF (%s)', async (path) => {
    const error = await failure(reader()(pages.url(path)));
    expect(error.code).toBe('fetch_not_article');
    expect(error.message).toContain("PDF links aren't supported yet; paste the text");
  });

  it.each([
    ['/photo', /an image/],
    ['/data', /application\/json/],
  ])('refuses %s as not an article', async (path, wording) => {
    const error = await failure(reader()(pages.url(path)));
    expect(error.code).toBe('fetch_not_article');
    expect(error.message).toMatch(wording);
  });

  it.each([
    ['/missing', 'fetch_not_found', /doesn't exist \(404\)/],
    ['/gone', 'fetch_not_found', /removed \(410\)/],
    ['/forbidden', 'fetch_forbidden', /refused .*\(403\).*[Pp]aste/],
    ['/login', 'fetch_forbidden', /\(401\)/],
    ['/busy', 'fetch_forbidden', /\(429\)/],
    ['/error', 'fetch_server_error', /server error \(500\)/],
    ['/unavailable', 'fetch_server_error', /\(503\)/],
    ['/teapot', 'fetch_failed', /\(418\)/],
  ])('maps %s to %s', async (path, code, wording) => {
    const error = await failure(reader()(pages.url(path)));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(wording);
    expect(error.message).toContain('127.0.0.1');
  });

  it('explains a refused connection without raw error text', async () => {
    const closed = await startPageServer();
    const port = closed.port;
    await closed.close();
    const error = await failure(reader({ allow: [`127.0.0.1:${port}`] })(`http://127.0.0.1:${port}/`));
    expect(error.code).toBe('fetch_failed');
    expect(error.cause).toBeDefined();
  });
});

describe('caching', () => {
  it('fetches a page once and serves it from the store afterwards, with a short TTL', async () => {
    const store = openStore('memory');
    const ttls: (number | undefined)[] = [];
    const recording: Store = {
      ...store,
      set: (key, value, ttl) => {
        ttls.push(ttl);
        return store.set(key, value, ttl);
      },
    };
    const read = reader({ store: recording });
    const before = pages.requests.filter((path) => path === '/news').length;
    const first = await read(pages.url('/news'));
    const second = await reader({ store: recording })(`${pages.url('/news')}#comments`);
    expect(second.text).toBe(first.text);
    expect(second.label).toBe(`${pages.url('/news')}#comments`);
    expect(pages.requests.filter((path) => path === '/news').length - before).toBe(1);
    expect(ttls[0]).toBe(PAGE_CACHE_TTL_MS);
    expect(PAGE_CACHE_TTL_MS).toBeLessThanOrEqual(30 * 60_000);
    await store.close();
  });

  it('shares one fetch between simultaneous reads of the same link', async () => {
    const read = reader();
    const before = pages.requests.filter((path) => path === '/news-br').length;
    const [a, b] = await Promise.all([read(pages.url('/news-br')), read(pages.url('/news-br'))]);
    expect(a.text).toBe(b.text);
    expect(pages.requests.filter((path) => path === '/news-br').length - before).toBe(1);
  });

  it('still reads the page when the store is broken', async () => {
    const broken: Store = {
      get: async () => {
        throw new Error('disk full');
      },
      set: async () => {
        throw new Error('disk full');
      },
      delete: async () => {},
      claim: async () => true,
      close: async () => {},
    };
    const article = await reader({ store: broken })(pages.url('/news'));
    expect(article.words).toBeGreaterThan(100);
  });
});
