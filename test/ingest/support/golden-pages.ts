// Golden fixtures for page extraction: test/fixtures/pages/NAME.html.txt → NAME.golden.json.
// (.html.txt because the project's linter would otherwise lint, and choke on, deliberately messy real-world HTML.)
// Shared by the golden test and by scripts/regen-golden.ts, so both run exactly the same extraction.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBody } from '../../../src/ingest/web/decode-body.ts';
import { extractArticle } from '../../../src/ingest/web/extract-article.ts';

export const PAGE_EXTENSION = '.html.txt';

export const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages');

export interface Golden {
  url: string;
  encoding: string;
  title: string | null;
  outlet: string | null;
  byline: string | null;
  publishedAt: string | null;
  words: number;
  note: string | null;
  botCheck: boolean;
  paragraphs: string[];
}

/** Every HTML fixture, by name without extension. */
export function pageNames(): string[] {
  return readdirSync(PAGES_DIR)
    .filter((file) => file.endsWith(PAGE_EXTENSION))
    .map((file) => file.slice(0, -PAGE_EXTENSION.length))
    .sort();
}

/** Where the page pretends to live: a reserved .test name, never resolved (extraction does not fetch). */
export function goldenUrl(name: string): string {
  return `https://fixtures.copydesk.test/pages/${name}.html`;
}

export function extractFixture(name: string): Golden {
  const bytes = readFileSync(join(PAGES_DIR, `${name}${PAGE_EXTENSION}`));
  const decoded = decodeBody(bytes, null, true);
  const article = extractArticle(decoded.text, goldenUrl(name));
  return {
    url: article.url,
    encoding: decoded.encoding,
    title: article.title,
    outlet: article.outlet,
    byline: article.byline,
    publishedAt: article.publishedAt,
    words: article.words,
    note: article.note,
    botCheck: article.botCheck,
    paragraphs: article.text === '' ? [] : article.text.split('\n\n'),
  };
}

export function goldenPath(name: string): string {
  return join(PAGES_DIR, `${name}.golden.json`);
}

export function readGolden(name: string): Golden {
  return JSON.parse(readFileSync(goldenPath(name), 'utf8')) as Golden;
}
