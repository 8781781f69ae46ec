import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/web/extract-article.ts';
import { MAX_DEPTH, measureMarkup } from '../../src/ingest/web/markup-budget.ts';

const nested = (n: number) =>
  `<html><body>${'<div>'.repeat(n)}<p>Deep text.</p>${'</div>'.repeat(n)}</body></html>`;

describe('the markup budget, measured before any DOM is built', () => {
  it('measures nesting as a browser would: unclosed <p>s and <li>s do not nest, voids and scripts hold nothing', () => {
    expect(measureMarkup(nested(10)).depth).toBe(13);
    expect(
      measureMarkup(`<body>${'<p>para'.repeat(500)}<ul>${'<li>x'.repeat(500)}</ul><br><img src=x></body>`)
        .depth,
    ).toBeLessThanOrEqual(4);
    expect(measureMarkup(`<body><script>${'<div>'.repeat(5_000)}</script><p>x</p></body>`).depth).toBe(2);
    expect(measureMarkup(`<body><!-- ${'<div>'.repeat(5_000)} --><p>x</p></body>`).depth).toBe(2);
  });

  it('refuses the 26 KB page of 2,000 nested <div>s as too complex, before Readability sees it', () => {
    const page = nested(2_000);
    expect(measureMarkup(page).depth).toBeGreaterThan(MAX_DEPTH);
    expect(() => extractArticle(page, 'http://a.test/')).toThrow(/too complex to read/);
  });

  it('still reads a page nested as deep as real ones get', () => {
    expect(extractArticle(nested(60), 'http://a.test/').text).toContain('Deep text.');
  });
});
