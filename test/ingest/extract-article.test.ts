// Extraction against golden files (regenerate with `node scripts/regen-golden.ts`, then review the diff),
// plus hand-written claims that hold whatever the golden says.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/web/extract-article.ts';
import { extractFixture, pageNames, readGolden } from './support/golden-pages.ts';

describe.each(pageNames())('golden page %s', (name) => {
  it('extracts what the golden file says', () => {
    expect(extractFixture(name)).toEqual(readGolden(name));
  });
});

describe('the news page', () => {
  const news = extractFixture('news-article');

  it('keeps every paragraph of the story, the quote and the subhead', () => {
    const must = [
      'Dockworkers at the Port of Calloway rejected a proposed contract on Wednesday',
      'Members of the Calloway Longshore Union voted 3,112 to 845 against the deal',
      '"We are ready to stay out as long as it takes."',
      'which it puts at $410 million.',
      'Ships wait offshore',
      'As of Wednesday morning, 41 container ships were anchored outside the port',
      'Freight rates on the Calloway-Rotterdam lane have climbed 52%',
      '"Every week this goes on, another customer learns to live without Calloway," said Priya Nandakumar',
      'State Governor Alicia Moreno urged both sides to return to talks',
      'ordered 18 automated cranes from a Finnish manufacturer.',
    ];
    for (const sentence of must) expect(news.paragraphs.join('\n')).toContain(sentence);
  });

  it('drops navigation, ads, captions, related links, newsletter box, comments and footer', () => {
    const text = news.paragraphs.join('\n');
    for (const furniture of [
      'Skip to main content',
      'Subscribe',
      'Advertisement',
      'Getty Images',
      'Read more',
      'You May Also Like',
      'Rail freight volumes',
      'Sign up',
      'harbor_watcher',
      'sitting on one of those ships',
      'Comments',
      'All rights reserved',
      'Tags:',
      'Facebook',
    ]) {
      expect(text).not.toContain(furniture);
    }
  });

  it('reads JSON-LD authors and the publisher, but not a canonical URL on another site than the fetched one', () => {
    expect(news).toMatchObject({
      byline: 'Maria Kessler and Owen Batra',
      outlet: 'The Harbor Ledger',
      // The fixture is served from fixtures.copydesk.test while its canonical link says harborledger.example.
      url: 'https://fixtures.copydesk.test/pages/news-article.html',
      publishedAt: '2025-11-19T14:05:00-05:00',
      note: null,
    });
  });
});

describe('extractArticle', () => {
  const body = (paragraphs: string) =>
    `<html><head><title>T</title></head><body><article>${paragraphs}</article></body></html>`;
  const long =
    '<p>The harbor commission met on Monday and voted to extend the dredging contract for another two years at a cost of $14 million.</p>'.repeat(
      4,
    );

  it('ignores a canonical link that points at the home page, and resolves a relative one', () => {
    const home = extractArticle(
      body(long).replace('<title>', '<link rel="canonical" href="/"><title>'),
      'https://a.example/story/1',
    );
    expect(home.url).toBe('https://a.example/story/1');
    const relative = extractArticle(
      body(long).replace('<title>', '<link rel="canonical" href="/story/one"><title>'),
      'https://a.example/story/1?utm=x',
    );
    expect(relative.url).toBe('https://a.example/story/one');
  });

  it('survives broken JSON-LD and reads the meta tags instead', () => {
    const html = body(long).replace(
      '<title>',
      '<script type="application/ld+json">{ not json</script><meta property="og:site_name" content="Harbor Post"><meta name="author" content="https://a.example/staff/x"><meta name="byl" content="By Ana Ruiz"><meta name="parsely-pub-date" content="2025-10-01T09:00:00Z"><title>',
    );
    expect(extractArticle(html, 'https://a.example/s')).toMatchObject({
      outlet: 'Harbor Post',
      byline: 'Ana Ruiz',
      publishedAt: '2025-10-01T09:00:00Z',
    });
  });

  it('keeps line breaks inside a paragraph and separates list items', () => {
    const html = body(
      `${long}<p>Line one<br>Line two</p><ul><li>First item of the list</li><li>Second item of the list</li></ul>`,
    );
    const text = extractArticle(html, 'https://a.example/s').text;
    expect(text).toContain('Line one\nLine two');
    expect(text).toContain('First item of the list\n\nSecond item of the list');
  });

  it('handles a fragment without <html> and a document with no text', () => {
    expect(extractArticle(long, 'https://a.example/s').words).toBeGreaterThan(50);
    expect(extractArticle('<html><body></body></html>', 'https://a.example/s')).toMatchObject({
      words: 0,
      text: '',
    });
  });

  it('flags the bot-check page', () => {
    expect(readGolden('bot-check').botCheck).toBe(true);
    expect(readGolden('news-article').botCheck).toBe(false);
  });
});
