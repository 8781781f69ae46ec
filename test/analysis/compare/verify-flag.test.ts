import { describe, expect, it } from 'vitest';
import { verifyFlags } from '../../../src/analysis/compare/verify-flag.ts';
import type { Disagreement } from '../../../src/types.ts';
import { makeSources } from './sources.ts';

const flag = (item: Partial<Disagreement>): Disagreement => ({
  topic: 'Topic',
  kind: 'other',
  severity: 'medium',
  note: '',
  versions: [],
  foundBy: 'llm',
  ...item,
});

const sources = makeSources(
  {
    text: 'At least 7,326 Palestinians and 1,400 Israelis have died, the Corlen ministry said. Reporters met Mayor Ilse Varga’s aides on Tuesday. “We will rebuild the harbour wall before winter,” Varga said.',
    quotes: [{ speaker: 'Ilse Varga', text: 'We will rebuild the harbour wall before winter' }],
  },
  {
    text: "More than 7,000 Palestinians have died. Reporters met Mayor Ilse Varga's aides on Tuesday, calling the scene grim. “We will rebuild the harbour wall before winter,” she said.",
    quotes: [{ speaker: 'Ilse Varga', text: 'We will rebuild the harbour wall before winter' }],
  },
);

describe('verifyFlags', () => {
  it('drops a flag whose versions come from one source only', () => {
    const item = flag({
      kind: 'number',
      versions: [
        { source: 'S1', text: 'At least 7,326 Palestinians', ref: null },
        { source: 'S1', text: '1,400 Israelis', ref: null },
      ],
    });
    expect(verifyFlags([item], sources)).toEqual([]);
  });

  it('drops a version whose text is not in its source', () => {
    const item = flag({
      kind: 'number',
      versions: [
        { source: 'S1', text: 'At least 7,326 Palestinians', ref: null },
        { source: 'S2', text: 'Some 9,000 Palestinians', ref: null },
      ],
    });
    expect(verifyFlags([item], sources)).toEqual([]);
  });

  it('widens evidence that ends inside a number to the whole number', () => {
    const item = flag({
      kind: 'number',
      foundBy: 'rule',
      versions: [
        { source: 'S1', text: 'At least 7,326 Palestinians and 1', ref: null },
        { source: 'S2', text: 'More than 7,000 Palestinians', ref: null },
      ],
    });
    const [shown] = verifyFlags([item], sources);
    expect(shown?.versions[0]?.text).toBe('At least 7,326 Palestinians and 1,400');
  });

  it('drops a name flag whose versions differ only in the apostrophe glyph', () => {
    const item = flag({
      kind: 'name',
      versions: [
        { source: 'S1', text: 'Ilse Varga’s', ref: null },
        { source: 'S2', text: "Ilse Varga's", ref: null },
      ],
    });
    expect(verifyFlags([item], sources)).toEqual([]);
  });

  it('drops a number flag whose versions carry the same figures', () => {
    const item = flag({
      kind: 'number',
      versions: [
        { source: 'S1', text: 'met Mayor Ilse Varga’s aides on Tuesday', ref: null },
        { source: 'S2', text: "met Mayor Ilse Varga's aides on Tuesday", ref: null },
      ],
    });
    expect(verifyFlags([item], sources)).toEqual([]);
  });

  it('drops an attribution flag from the judge when both quotes have one speaker', () => {
    const item = flag({
      kind: 'attribution',
      severity: 'high',
      versions: [
        { source: 'S1', text: 'We will rebuild the harbour wall before winter', ref: 'S1.Q1' },
        { source: 'S2', text: 'We will rebuild the harbour wall before winter', ref: 'S2.Q1' },
      ],
    });
    expect(verifyFlags([item], sources)).toEqual([]);
  });

  it('keeps an attribution flag only when each source names its speaker beside the quote', () => {
    const named = makeSources(
      {
        text: '“The pier is safe,” said Harbour Master Ossian Vale.',
        quotes: [{ speaker: 'Ossian Vale', text: 'The pier is safe' }],
      },
      {
        text: '“The pier is safe,” said Mayor Ilse Varga.',
        quotes: [{ speaker: 'Ilse Varga', text: 'The pier is safe' }],
      },
    );
    const guessed = makeSources(
      {
        text: '“The pier is safe,” said Harbour Master Ossian Vale.',
        quotes: [{ speaker: 'Ossian Vale', text: 'The pier is safe' }],
      },
      {
        text: 'Mayor Ilse Varga toured the harbour.\n\n“The pier is safe,” he said.',
        quotes: [{ speaker: 'Ilse Varga', text: 'The pier is safe' }],
      },
    );
    const item = flag({
      kind: 'attribution',
      severity: 'high',
      versions: [
        { source: 'S1', text: 'The pier is safe', ref: 'S1.Q1' },
        { source: 'S2', text: 'The pier is safe', ref: 'S2.Q1' },
      ],
    });
    expect(verifyFlags([item], named)).toHaveLength(1);
    // "he said" resolved back to a name is a guess: two sources may differ on it without disagreeing.
    expect(verifyFlags([item], guessed)).toEqual([]);
  });

  it('keeps a true judge flag but never shows a wording difference as high', () => {
    const item = flag({
      kind: 'characterisation',
      severity: 'high',
      versions: [
        { source: 'S1', text: 'the Corlen ministry said', ref: null },
        { source: 'S2', text: 'calling the scene grim', ref: null },
      ],
    });
    expect(verifyFlags([item], sources)).toMatchObject([{ severity: 'medium' }]);
  });

  it('caps a judge number flag at medium when its qualifiers let both figures hold', () => {
    const item = flag({
      kind: 'number',
      severity: 'high',
      versions: [
        { source: 'S1', text: 'At least 7,326 Palestinians', ref: null },
        { source: 'S2', text: 'More than 7,000 Palestinians', ref: null },
      ],
    });
    expect(verifyFlags([item], sources)).toMatchObject([{ severity: 'medium' }]);
  });
});
