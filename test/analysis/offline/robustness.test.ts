import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseOffline } from '../../../src/analysis/offline/offline-engine.ts';
import { article } from './article.ts';

const CORPUS = join(import.meta.dirname, '../../fixtures/eval');
const texts = readdirSync(CORPUS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) =>
    readdirSync(join(CORPUS, dir.name))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(join(CORPUS, dir.name, name), 'utf8')),
  );

const ODD = [
  '',
  '“',
  '"',
  '” he said.',
  '“Unclosed quote that runs on and on',
  'Said said said, said he, said she: “”',
  'According to, “ ” according to according to.',
  '“A,” “B,” “C,” they said, it said, we said.',
  'Mr. Dr. St. U.S. a.m. 2,3,4 5-6 7.8.9% $ € £ 10 million 11 billion.',
  'Her father, , , said: “x”',
  'Twenty-three, ninety-nine and fifty-fifty said the the the.',
  `${'Very '.repeat(500)}long sentence, said ${'Name '.repeat(30)}Person.`,
];

/** Every property the pipeline relies on: no throw, and every quote and evidence is an exact slice. */
function check(text: string): void {
  const result = analyseOffline(article(text.split(/\n+/)));
  const source = text.split(/\n+/).join('\n\n');
  for (const quote of result.quotes) {
    expect(source.includes(quote.text)).toBe(true);
    expect(quote.speaker.trim()).not.toBe('');
    expect(['he', 'she', 'they', 'it']).not.toContain(quote.speaker.toLowerCase());
  }
  for (const fact of result.facts) expect(source.includes(fact.evidence)).toBe(true);
}

describe('the offline engine on text it was not written for', () => {
  it('never throws on odd input', () => {
    for (const text of ODD) check(text);
  });

  it('never throws on articles cut at arbitrary points', () => {
    for (const text of texts) {
      for (let cut = 1; cut < text.length; cut += 89) check(text.slice(0, cut));
    }
  });
});
