// Small hand-built fact sheets for renderer tests.
import type { Comparison, Disagreement, FactSheet, Quote, SourceSheet } from '../../src/types.ts';

export function quote(overrides: Partial<Quote> & Pick<Quote, 'id' | 'text'>): Quote {
  return {
    speaker: 'Mirela Dragomir',
    role: 'Regional Governor',
    kind: 'direct',
    cue: 'said',
    match: 'verbatim',
    span: { start: 0, end: overrides.text.length },
    sourceText: overrides.text,
    ...overrides,
  };
}

export function source(overrides: Partial<SourceSheet> & Pick<SourceSheet, 'id'>): SourceSheet {
  return {
    label: `${overrides.id}.txt`,
    title: 'Ferry capsizes on Lake Varna',
    outlet: 'Northern Courier',
    url: null,
    byline: null,
    publishedAt: null,
    words: 250,
    truncated: false,
    extractionNote: null,
    summary: 'A ferry capsized on Lake Varna on Saturday.',
    quotes: [],
    facts: [],
    textHash: `hash-${overrides.id}`,
    ...overrides,
  };
}

export function sheet(overrides: Partial<FactSheet> = {}): FactSheet {
  return {
    engine: 'llm',
    promptVersion: 'extract.v2+compare.v2',
    model: 'gpt-4.1-mini',
    sources: [source({ id: 'S1' })],
    failed: [],
    comparison: null,
    usage: { llmCalls: 1, inputTokens: 1500, outputTokens: 400, cached: 0 },
    ...overrides,
  };
}

/** A comparison with nothing in it but what a test gives. */
export function comparison(overrides: Partial<Comparison> = {}): Comparison {
  return { consensus: [], disagreements: [], quoteVariants: [], singleSource: [], note: null, ...overrides };
}

/** The comparison's house-style item: the same person's name written two ways by S1 and S2. */
export function nameFormsItem(): Disagreement {
  return {
    topic: 'Name forms differ (minor)',
    kind: 'name',
    severity: 'low',
    note: 'The same people, written differently: S1 “Ada J. Brenner”, S2 “Ada Brenner”.',
    versions: [
      { source: 'S1', text: 'Ada J. Brenner', ref: null },
      { source: 'S2', text: 'Ada Brenner', ref: null },
    ],
    foundBy: 'rule',
    style: true,
  };
}
