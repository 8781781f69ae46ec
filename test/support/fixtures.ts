// Loading the examples and hand-written fixtures, shared by tests.
import { readFileSync } from 'node:fs';
import { articleFromPaste } from '../../src/ingest/ingest.ts';
import type { Article } from '../../src/types.ts';

const root = new URL('../../', import.meta.url);

export const EXAMPLES = ['northern-courier', 'coastline-wire', 'daily-ledger'] as const;
export type ExampleName = (typeof EXAMPLES)[number];

export function examplePath(name: ExampleName): string {
  return new URL(`examples/${name}.txt`, root).pathname;
}

export function exampleText(name: ExampleName): string {
  return readFileSync(new URL(`examples/${name}.txt`, root), 'utf8');
}

/** An example as the pipeline would ingest it. */
export function exampleArticle(name: ExampleName): Article {
  return articleFromPaste(exampleText(name), `examples/${name}.txt`);
}

export function llmFixture<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(new URL(`test/fixtures/llm/${name}.json`, root), 'utf8')) as T;
}
