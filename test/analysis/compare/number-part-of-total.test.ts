import { describe, expect, it } from 'vitest';
import { alignNumbers } from '../../../src/analysis/compare/number-differences.ts';
import { makeSources, type SourceSpec } from './sources.ts';

const numbers = (...specs: SourceSpec[]) => {
  const sources = makeSources(...specs);
  return alignNumbers(
    sources.map((s) => s.sheet),
    new Map(sources.map((s) => [s.sheet.id, s.text])),
  );
};

// One source gives the levy's sum twice ($3.5 million, then $3 million); another says the levy pays out $3.6
// million and, in the same breath, another $2.5 million: its $3.6 million is one part of a $6.1 million whole.
const TWICE = {
  text: 'The port plans to divert $3.5 million from the dredging budget. Of that, $3 million may be diverted through the harbour levy.',
};
const JOINED = {
  text: 'The harbour levy will let the port divert about $3.6 million from the dredging budget, along with another $2.5 million from the ferry fund.',
};
const ALONE = { text: 'The harbour levy will let the port divert $3.6 million from the dredging budget.' };

describe('a sum that is part of a larger total', () => {
  it('is never set against a source’s second figure as the same quantity', () => {
    const { disagreements } = numbers(TWICE, JOINED);
    // The first pass still sets $3.5 million against $3.6 million (both the dredging budget's)…
    expect(disagreements).toHaveLength(1);
    expect(disagreements[0]?.note).toContain('S1 “$3.5 million”, S2 “about $3.6 million”');
  });

  it('still shows the second figure against a source that gives the levy’s sum alone', () => {
    const { disagreements } = numbers(TWICE, JOINED, ALONE);
    const second = disagreements.find((d) => d.note.includes('gives another figure'));
    expect(second?.versions.map((v) => v.source)).toEqual(['S1', 'S3']);
    expect(second?.severity).toBe('medium');
  });

  it('reads "plus" and a sum added before the figure as joining it too', () => {
    const plus = {
      text: 'The harbour levy will let the port divert $3.6 million from the dredging budget plus $400,000 in fees.',
    };
    expect(numbers(TWICE, plus).disagreements.some((d) => d.note.includes('another figure'))).toBe(false);
  });
});
