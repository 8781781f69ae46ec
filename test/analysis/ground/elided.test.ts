// Reported words with their credit left out and marked ("The port … will stay open"): grounded as the source's
// words only when what the ellipsis stands for is a credit, the outlet's "which" gloss of the subject, or its
// description of a named subject (between commas or dashes), or of any noun between dashes with a relative
// clause of its own. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { groundAnalysis } from '../../../src/analysis/ground/ground-analysis.ts';
import { articleFromPaste } from '../../../src/ingest/ingest.ts';
import type { RawAnalysis } from '../../../src/types.ts';

const SOURCE = [
  'The port reopened on Monday after the storm.',
  'The port, Mayor Ada Kiel said, will stay open all winter.',
  'The council does not, for now, plan to raise the levy.',
  'The harbour master wrote: “We are ready … for anything.”',
  'Kiel said her ferry plan, which cuts two night routes, was drawn up with the crews.',
  'Kiel said Brandt, the likely front-runner in the race, has yet to answer the letter.',
  'Kiel said the board, the port, and the crews have yet to answer.',
  'Kiel said Ruiz -- the first pilot in 30 years to quit over a pay dispute with the board -- was leaving in May.',
  'Kiel said the tugs -- and the crews -- were ready.',
  'Kiel won pilots and clerks - two groups that have backed her for years - while Ruiz led among fishermen.',
  'Kiel said the fees - and the two tolls that the board set - would go.',
  'Kiel said the council — the body that runs the port — would not back the lease.',
  'Vale, the senior pilot who wrote the disputed night-shift memos and helped run both of the inquiries into the harbour fire and the loss of the old tug, has been dismissed for breaking port rules, his lawyer said.',
  'The ferry, Ada Kiel said on Tuesday after a long night of talks with the crews and the unions and the board and the insurers of the whole ferry fleet at the harbour, will sail.',
].join('\n\n');

function grounded(text: string) {
  const raw: RawAnalysis = {
    headline: null,
    outlet: null,
    summary: '',
    facts: [],
    quotes: [{ speaker: 'Ada Kiel', role: null, text, kind: 'indirect', cue: 'said' }],
  };
  const quote = groundAnalysis('S1', articleFromPaste(SOURCE, 'test'), raw, 'hash').quotes[0];
  return { match: quote?.match, shown: quote?.sourceText };
}

describe('reported words with the credit left out', () => {
  it('are the source’s words when the ellipsis stands for the credit', () => {
    expect(grounded('The port … will stay open all winter')).toEqual({
      match: 'normalized',
      shown: 'The port … will stay open all winter',
    });
    expect(grounded('The port ... will stay open all winter').match).toBe('normalized');
  });

  it('are not when the ellipsis stands for other words, which could turn the meaning round', () => {
    expect(grounded('The council does not … plan to raise the levy').match).not.toBe('normalized');
    expect(grounded('The council … plan to raise the levy').match).not.toBe('normalized');
  });

  it('are the source’s words when the ellipsis stands for the outlet’s "which" gloss of the subject', () => {
    expect(grounded('her ferry plan … was drawn up with the crews')).toEqual({
      match: 'normalized',
      shown: 'her ferry plan … was drawn up with the crews',
    });
  });

  it('are the source’s words when the ellipsis stands for the outlet’s description of a named subject', () => {
    expect(grounded('Brandt … has yet to answer the letter')).toEqual({
      match: 'normalized',
      shown: 'Brandt … has yet to answer the letter',
    });
    expect(grounded('the board … and the crews have yet to answer').match).not.toBe('normalized');
  });

  it('take a long description of a named subject, holding a clause of its own, but no credit as long', () => {
    expect(grounded('Vale … has been dismissed for breaking port rules')).toEqual({
      match: 'normalized',
      shown: 'Vale … has been dismissed for breaking port rules',
    });
    expect(grounded('The ferry … will sail').match).not.toBe('normalized');
  });

  it('are the source’s words when the ellipsis stands for a description between dashes after a name', () => {
    expect(grounded('Ruiz … was leaving in May')).toEqual({
      match: 'normalized',
      shown: 'Ruiz … was leaving in May',
    });
    expect(grounded('the tugs … were ready').match).not.toBe('normalized');
  });

  it('are the source’s words when the ellipsis stands for a dashed description with its own relative clause', () => {
    expect(grounded('Kiel won pilots and clerks … while Ruiz led among fishermen')).toEqual({
      match: 'normalized',
      shown: 'Kiel won pilots and clerks … while Ruiz led among fishermen',
    });
    // "and the two tolls …" adds to what the report names: no description, and not left out.
    expect(grounded('the fees … would go').match).not.toBe('normalized');
    expect(grounded('the council … would not back the lease').match).toBe('normalized');
  });

  it('leave an ellipsis the source itself prints to the verbatim match', () => {
    expect(grounded('We are ready … for anything.')).toEqual({
      match: 'verbatim',
      shown: 'We are ready … for anything.',
    });
  });
});
