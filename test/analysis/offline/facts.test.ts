import { describe, expect, it } from 'vitest';
import { MAX_FACTS } from '../../../src/analysis/offline/facts.ts';
import { analyse } from './article.ts';

describe('offline dates, names, titles and places', () => {
  it('reads explicit dates into ISO values and skips weekday-only references', () => {
    const facts = analyse([
      'The second exchange is due on March 16, and talks resume on Monday.',
      'It was signed on 9 March 2025.',
    ])
      .facts.filter((f) => f.kind === 'date')
      .map((f) => f.value);
    expect(facts).toEqual(['--03-16', '2025-03-09']);
  });

  it('gives each quoted person a name fact as spelled and a title fact from the apposition', () => {
    const facts = analyse(['“We warned them,” said the union’s regional secretary, Kath Morley.']).facts;
    expect(facts.filter((f) => f.kind === 'name').map((f) => f.value)).toEqual(['Kath Morley']);
    expect(facts.filter((f) => f.kind === 'title').map((f) => [f.statement, f.value])).toEqual([
      ['Kath Morley: union’s regional secretary', 'union’s regional secretary'],
    ]);
  });

  it('keeps spelling variants as written, so sources can be compared', () => {
    const facts = analyse([
      'Qadiri mediator Khalid al-Mansuri said the day was “a victory for patience”.',
    ]).facts;
    expect(facts.find((f) => f.kind === 'name')?.value).toBe('Khalid al-Mansuri');
  });

  it('caps the facts, every evidence an exact slice of the text', () => {
    const paragraphs = Array.from(
      { length: 20 },
      (_, i) => `Officials said ${i + 2} trucks and ${i + 30} volunteers reached Korvin on March ${i + 1}.`,
    );
    const result = analyse(paragraphs);
    expect(result.facts.length).toBe(MAX_FACTS);
    const text = paragraphs.join('\n\n');
    for (const fact of result.facts) expect(text.includes(fact.evidence)).toBe(true);
  });
});
