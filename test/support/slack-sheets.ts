// FactSheet builders for render and Slack tests: realistic newsroom content, plus hostile strings
// (mentions, fake links, ampersands) that must arrive escaped.
import type { Disagreement, FactSheet, Quote, SourceSheet } from '../../src/types.ts';

const OUTLETS = [
  { outlet: 'Harbour Gazette', url: 'https://harbourgazette.example/news/bridge-closure?ref=home&utm=x' },
  { outlet: null, url: 'https://www.citywire.example/2026/03/bridge' },
  { outlet: 'Radio North', url: 'https://radionorth.example/a/123' },
  { outlet: 'The Ledger', url: null },
  { outlet: 'Metro Daily', url: 'https://metrodaily.example/bridge' },
];

function quote(id: string, overrides: Partial<Quote> = {}): Quote {
  const text = 'We will reopen the bridge by June, and not a day later';
  return {
    id,
    speaker: 'Maria Lopez',
    role: 'transport commissioner',
    text,
    kind: 'direct',
    cue: 'said',
    match: 'verbatim',
    span: { start: 10, end: 10 + text.length },
    sourceText: text,
    ...overrides,
  };
}

export function sourceSheet(index: number, overrides: Partial<SourceSheet> = {}): SourceSheet {
  const id = `S${index + 1}`;
  const meta = OUTLETS[index % OUTLETS.length] ?? { outlet: null, url: null };
  return {
    id,
    label: meta.url ?? 'Slack message',
    title: `Bridge closure to last until June, city says <!channel> & more (${id})`,
    outlet: meta.outlet,
    url: meta.url,
    byline: index === 0 ? 'By Ana Ruiz' : null,
    publishedAt: '2026-03-12T09:00:00Z',
    words: 640 + index * 10,
    truncated: index === 2,
    extractionNote:
      index === 1 ? 'Looks like a paywall teaser: only the first paragraphs were available.' : null,
    summary:
      'The Old Harbour bridge will stay closed until June after inspectors found corrosion in two support cables; ' +
      'the city says repairs will cost <$4.2 million> & ferries will run every 20 minutes.',
    quotes: [
      quote(`${id}.Q1`),
      quote(`${id}.Q2`, {
        speaker: 'Tom Baker',
        role: null,
        text: 'It is a disaster for the shops on the quay',
        sourceText: 'It’s a disaster for the shops on the quay <@U123>',
        match: 'altered',
      }),
      quote(`${id}.Q3`, {
        speaker: 'An unnamed official',
        text: 'Invented words',
        match: 'not_found',
        span: null,
        sourceText: null,
      }),
      quote(`${id}.Q4`, {
        kind: 'indirect',
        speaker: 'The ministry',
        role: null,
        text: 'repairs were on schedule',
        sourceText: 'the ministry said repairs were on schedule',
      }),
    ],
    facts: [
      {
        id: `${id}.F1`,
        statement: 'Repairs will cost $4.2 million',
        kind: 'number',
        value: '$4.2 million',
        evidence: 'cost $4.2 million',
        match: 'verbatim',
        span: { start: 0, end: 5 },
        sourceText: 'cost $4.2 million',
      },
      {
        id: `${id}.F2`,
        statement: 'Ferries run every 20 minutes',
        kind: 'number',
        value: '20 minutes',
        evidence: 'every 20 minutes',
        match: 'not_found',
        span: null,
        sourceText: null,
      },
    ],
    textHash: `hash${index}`,
    ...overrides,
  };
}

function disagreement(index: number, sources: string[]): Disagreement {
  const severities = ['low', 'high', 'medium'] as const;
  return {
    topic: `Repair cost ${index + 1}`,
    kind: index % 2 === 0 ? 'number' : 'attribution',
    severity: severities[index % 3] ?? 'low',
    note: 'The sources give different figures for the same repairs.',
    versions: sources.map((source, n) => ({
      source,
      text: `repairs will cost $${4 + n}.2 million <https://evil.example|click> & more`,
      ref: `${source}.F1`,
    })),
    foundBy: 'rule',
  };
}

/** A sheet with `count` sources; two or more get a comparison with `disagreements` items. */
export function makeSheet(
  count: number,
  options: { disagreements?: number; failed?: number } = {},
): FactSheet {
  const sources = Array.from({ length: count }, (_, index) => sourceSheet(index));
  const ids = sources.map((source) => source.id);
  return {
    engine: 'llm',
    promptVersion: 'extract.v2+compare.v2',
    model: 'gpt-4.1-mini',
    sources,
    failed: Array.from({ length: options.failed ?? 0 }, (_, index) => ({
      id: `S${count + index + 1}`,
      label: 'https://dead.example/story',
      code: 'fetch_not_found',
      reason: 'The page https://dead.example/story was not found (404).',
    })),
    comparison:
      count < 2
        ? null
        : {
            note: null,
            consensus: [
              { statement: 'The bridge stays closed until June', sources: ids },
              { statement: 'Corrosion was found in two cables', sources: ids.slice(0, 2) },
            ],
            disagreements: Array.from({ length: options.disagreements ?? 3 }, (_, index) =>
              disagreement(index, ids),
            ),
            quoteVariants: [
              {
                speaker: 'Maria Lopez',
                versions: [
                  { source: 'S1', text: 'We will reopen the bridge by June', ref: null },
                  { source: 'S2', text: 'We will reopen the bridge in early June', ref: null },
                ],
                diff: [
                  { op: 'same', text: 'We will reopen the bridge ' },
                  { op: 'removed', text: 'by' },
                  { op: 'added', text: 'in early' },
                  { op: 'same', text: ' June' },
                ],
              },
            ],
            singleSource: [{ source: 'S2', statement: 'A petition has 3,000 signatures', ref: 'S2.F3' }],
          },
    usage: { llmCalls: count + 1, inputTokens: 12_345, outputTokens: 2_100, cached: 1 },
  };
}
