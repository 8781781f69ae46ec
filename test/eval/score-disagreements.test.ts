import { describe, expect, it } from 'vitest';
import type { GoldDisagreement } from '../../src/eval/corpus.ts';
import { scoreDisagreements } from '../../src/eval/score-disagreements.ts';
import type { Comparison, Disagreement } from '../../src/types.ts';

const GOLD: GoldDisagreement[] = [
  {
    kind: 'number',
    topic: 'Hostages freed',
    versions: [
      { article: 'a.txt', text: ['24 hostages', '24'] },
      { article: 'b.txt', text: ['Twenty-three hostages', '23'] },
    ],
  },
  {
    kind: 'quote_wording',
    topic: 'Vasko',
    versions: [
      { article: 'a.txt', text: 'This is the first morning in eleven months' },
      { article: 'b.txt', text: 'For the first time in eleven months' },
    ],
  },
];

const sourceOf = (file: string) => ({ 'a.txt': 'S1', 'b.txt': 'S2' })[file] ?? null;

function comparison(disagreements: Disagreement[], variants: Comparison['quoteVariants'] = []): Comparison {
  return { consensus: [], disagreements, quoteVariants: variants, singleSource: [], note: null };
}

function item(kind: Disagreement['kind'], versions: [string, string][]): Disagreement {
  return {
    topic: 't',
    kind,
    severity: 'high',
    note: '',
    versions: versions.map(([source, text]) => ({ source, text, ref: null })),
    foundBy: 'rule',
  };
}

describe('disagreement recall', () => {
  it('finds a gold disagreement when an item of its kind carries both sides’ words', () => {
    const found = scoreDisagreements(
      GOLD,
      comparison([
        item('number', [
          ['S1', 'and 24 hostages held by the group'],
          ['S2', '23'],
        ]),
      ]),
      sourceOf,
    );
    expect(found.map((r) => r.found)).toEqual([true, false]);
  });

  it('needs the right kind and both sources', () => {
    const wrongKind = comparison([
      item('date', [
        ['S1', '24 hostages'],
        ['S2', '23 hostages'],
      ]),
    ]);
    const oneSide = comparison([
      item('number', [
        ['S1', '24 hostages'],
        ['S1', '24'],
      ]),
    ]);
    expect(scoreDisagreements(GOLD, wrongKind, sourceOf)[0]?.found).toBe(false);
    expect(scoreDisagreements(GOLD, oneSide, sourceOf)[0]?.found).toBe(false);
  });

  it('counts quote variants as quote-wording disagreements', () => {
    const variants = [
      {
        speaker: 'Aurel Vasko',
        versions: [
          {
            source: 'S1',
            text: 'This is the first morning in eleven months that our children have not woken',
            ref: null,
          },
          { source: 'S2', text: 'For the first time in eleven months our children did not wake', ref: null },
        ],
        diff: [],
      },
    ];
    expect(scoreDisagreements(GOLD, comparison([], variants), sourceOf)[1]?.found).toBe(true);
  });

  it('finds nothing without a comparison', () => {
    expect(scoreDisagreements(GOLD, null, sourceOf).every((r) => !r.found)).toBe(true);
  });
});
