// The judge writes prose too (topics, notes, what the sources agree on): it is checked against the sources'
// texts like a summary. Rule-found items are built from source text and IDs and need no check.
import type { Comparison } from '../../types.ts';
import { passes, type WrittenCheck } from './check-written.ts';

/** "S2" or "S2.F3" are the judge's references, not figures from a story. */
const REFERENCE = /\bS\d+(?:\.[FQ]\d+)?\b/g;

function ok(prose: string, check: WrittenCheck): boolean {
  return passes(prose.replace(REFERENCE, ''), check);
}

export function checkComparison(comparison: Comparison, check: WrittenCheck): Comparison {
  return {
    ...comparison,
    disagreements: comparison.disagreements.map((item) =>
      item.foundBy === 'rule'
        ? item
        : {
            ...item,
            // The versions beneath are the sources' own words; an invented topic or note gives way to them.
            topic: ok(item.topic, check) ? item.topic : 'The sources differ',
            note: ok(item.note, check) ? item.note : '',
          },
    ),
    consensus: comparison.consensus.filter((item) => ok(item.statement, check)),
    singleSource: comparison.singleSource.filter((item) => ok(item.statement, check)),
  };
}
