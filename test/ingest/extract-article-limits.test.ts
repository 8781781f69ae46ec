// Page extraction against hostile markup: pathological script tags, and a canonical link that claims another
// site's address.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/web/extract-article.ts';

const STORY =
  '<p>The harbor commission met on Monday and voted to extend the dredging contract for another two years at a cost of $14 million.</p>'.repeat(
    4,
  );

const page = (head: string, body = STORY) =>
  `<html><head>${head}<title>T</title></head><body><article>${body}</article></body></html>`;

describe('script share', () => {
  // 100,000 (800 KB) took about 13 s with the old pattern, under the 20 s test timeout; twice as many take
  // four times as long, so a regression fails here instead of passing slowly.
  it('reads a page with 200,000 unclosed <script> tags (1.6 MB)', () => {
    const html = page('', `${STORY}${'<script>'.repeat(200_000)}`);
    expect(html.length).toBeGreaterThan(1_600_000);
    const article = extractArticle(html, 'https://a.example/story/1');
    expect(article.text).toContain('voted to extend the dredging contract');
    expect(article.note).toBeNull();
  });

  it('still counts closed scripts in any case, and not JSON-LD', () => {
    const code = `<SCRIPT src="app.js">${'var x = 1;'.repeat(2_000)}</Script>`;
    expect(extractArticle(page('', `${STORY}${code}`), 'https://a.example/s').note).toContain(
      'mostly script',
    );
    const jsonLd = `<script type="application/ld+json">${'{"a":1}'.repeat(3_000)}</script>`;
    expect(extractArticle(page('', `${STORY}${jsonLd}`), 'https://a.example/s').note).toBeNull();
  });
});

describe('canonical URL', () => {
  const urlOf = (head: string, fetched: string) => extractArticle(page(head), fetched).url;
  const link = (href: string) => `<link rel="canonical" href="${href}">`;

  it('is taken from the same host or the same registrable domain', () => {
    expect(urlOf(link('https://www.harbor.example/news/1'), 'https://amp.harbor.example/n/1?utm=x')).toBe(
      'https://www.harbor.example/news/1',
    );
    expect(urlOf(link('https://harbor.example/news/1'), 'http://www.harbor.example/n/1')).toBe(
      'https://harbor.example/news/1',
    );
    expect(urlOf(link('https://news.bbc.co.uk/story/1'), 'https://www.bbc.co.uk/news/1')).toBe(
      'https://news.bbc.co.uk/story/1',
    );
    expect(urlOf(link('https://www.rte.ie/news/1'), 'https://rte.ie/news/1')).toBe(
      'https://www.rte.ie/news/1',
    );
  });

  it('is ignored when it points at another site, whichever tag states it', () => {
    const fetched = 'https://blog.example/posts/7';
    expect(urlOf(link('https://www.reuters.com/world/story'), fetched)).toBe(fetched);
    expect(urlOf('<meta property="og:url" content="https://www.reuters.com/world/story">', fetched)).toBe(
      fetched,
    );
    const jsonLd = `<script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Dredging deal extended',
      mainEntityOfPage: { '@id': 'https://www.reuters.com/world/story' },
    })}</script>`;
    expect(urlOf(jsonLd, fetched)).toBe(fetched);
  });

  it('does not treat a shared suffix or a shared hosting domain as one site', () => {
    expect(urlOf(link('https://evil.co.uk/story'), 'https://www.bbc.co.uk/news/1')).toBe(
      'https://www.bbc.co.uk/news/1',
    );
    expect(urlOf(link('https://evil.com.au/story'), 'https://www.abc.com.au/news/1')).toBe(
      'https://www.abc.com.au/news/1',
    );
    expect(urlOf(link('https://bob.substack.com/p/scoop'), 'https://alice.substack.com/p/post')).toBe(
      'https://alice.substack.com/p/post',
    );
    expect(urlOf(link('http://10.0.1.1/story'), 'http://192.168.1.1/story')).toBe('http://192.168.1.1/story');
  });

  it('keeps the outlet the page names even when its canonical link is refused', () => {
    const article = extractArticle(
      page(`<meta property="og:site_name" content="Reuters">${link('https://www.reuters.com/world/story')}`),
      'https://blog.example/posts/7',
    );
    expect(article).toMatchObject({ outlet: 'Reuters', url: 'https://blog.example/posts/7' });
  });
});
