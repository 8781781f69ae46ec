import { describe, expect, it } from 'vitest';
import { compareSources } from '../../../src/analysis/compare/compare-sources.ts';
import { dropContestedAgreements } from '../../../src/analysis/compare/contested-consensus.ts';
import { createOfflineEngine } from '../../../src/analysis/offline/offline-engine.ts';
import { silentLogger } from '../../../src/logger.ts';
import type { Disagreement } from '../../../src/types.ts';
import { emptyUsage } from '../../../src/usage.ts';
import { makeSources } from './sources.ts';

const FIRST =
  'Harbour police made roughly 5,200 arrests at the ferry docks last summer, about a third of the 16,000 arrests made there in 1995.';
const SECOND =
  'Arrests at the ferry docks have fallen to 4,000 in the past summer from a peak of 16,000 arrests in 1995, the police said.';

const numberFlag = (versions: Disagreement['versions']): Disagreement => ({
  topic: 'Number arrested or detained',
  kind: 'number',
  severity: 'medium',
  note: '',
  versions,
  foundBy: 'rule',
});

describe('agreements a flag refutes', () => {
  it('never lists as agreed a sentence whose other figure a listed source contradicts', async () => {
    const comparison = await compareSources(
      makeSources(
        { text: FIRST, facts: [{ statement: FIRST, evidence: FIRST }] },
        { text: SECOND, facts: [{ statement: SECOND, evidence: SECOND }] },
      ),
      { engine: createOfflineEngine(), store: null, logger: silentLogger(), usage: emptyUsage() },
    );
    // The flag stands: 5,200 against 4,000.
    expect(comparison.disagreements.some((d) => d.kind === 'number')).toBe(true);
    // …so the 16,000 both give is not shown as agreed in a sentence that says 5,200.
    expect(comparison.consensus.filter((c) => c.statement.includes('5,200'))).toEqual([]);
  });

  it('takes only the contradicting source off an agreement, and keeps agreements the flag does not touch', () => {
    const flag = numberFlag([
      { source: 'S1', text: 'made roughly 5,200 arrests', ref: null },
      { source: 'S2', text: 'fallen to 4,000 last summer', ref: null },
    ]);
    const kept = dropContestedAgreements(
      [
        { statement: FIRST, sources: ['S1', 'S2', 'S3'] },
        { statement: 'The docks reopened with 12 new gates.', sources: ['S1', 'S2'] },
      ],
      [flag],
    );
    expect(kept).toEqual([
      { statement: FIRST, sources: ['S1', 'S3'] },
      { statement: 'The docks reopened with 12 new gates.', sources: ['S1', 'S2'] },
    ]);
  });

  it('does the same for a date in dispute, and ignores a qualifier alone', () => {
    const dated = dropContestedAgreements(
      [{ statement: 'The ferry resumed service on Tuesday after repairs.', sources: ['S1', 'S2'] }],
      [
        {
          ...numberFlag([
            { source: 'S1', text: 'resumed service on Tuesday', ref: null },
            { source: 'S2', text: 'resumed service on Thursday', ref: null },
          ]),
          kind: 'date',
        },
      ],
    );
    expect(dated).toEqual([]);
    const qualified = dropContestedAgreements(
      [{ statement: 'Roughly 5,200 arrests were made.', sources: ['S1', 'S2'] }],
      [
        numberFlag([
          { source: 'S1', text: 'roughly 5,200 arrests', ref: null },
          { source: 'S2', text: 'more than 5,200 arrests', ref: null },
        ]),
      ],
    );
    expect(qualified).toHaveLength(1);
  });
});
