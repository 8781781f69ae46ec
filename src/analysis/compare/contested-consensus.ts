// "Where they agree" must never say what a flag on the same sheet denies. An agreement is often one source's
// whole sentence ("some 70,000 visitors this spring, half the 140,000 of 2010", agreed on for the 140,000),
// and that sentence can carry a second figure another listed source contradicts ("55,000").
// A source that contradicts a figure or date the agreement cites is taken off it, and an agreement left with
// fewer than two sources is not shown: a missed agreement costs less than one that a flag refutes.
import type { Comparison, Disagreement, DisagreementKind } from '../../types.ts';
import { readFigures } from './number-facts.ts';
import { datesOf } from './verify-flag.ts';

type Agreement = Comparison['consensus'][number];

/** What a flag of each kind is about, read as comparable tokens: figures by value, dates as written. */
const READERS: Partial<Record<DisagreementKind, (text: string) => string[]>> = {
  // A qualifier ("roughly") is not a contradiction of the figure: the value alone is compared.
  number: (text) => readFigures(text).map((figure) => String(figure.value)),
  date: datesOf,
};

export function dropContestedAgreements(
  consensus: Comparison['consensus'],
  disagreements: Disagreement[],
): Comparison['consensus'] {
  const out: Comparison['consensus'] = [];
  for (const agreement of consensus) {
    const sources = agreement.sources.filter(
      (source) => !disagreements.some((flag) => contradicts(source, agreement, flag)),
    );
    if (new Set(sources).size >= 2) out.push({ ...agreement, sources });
  }
  return out;
}

/**
 * The source has a side in the flag, and the agreement cites a token another side of the flag gives and this
 * source's side does not: one of the things in dispute, which this source says otherwise.
 */
function contradicts(source: string, agreement: Agreement, flag: Disagreement): boolean {
  const read = READERS[flag.kind];
  if (!read) return false;
  const sides = new Map<string, Set<string>>();
  for (const version of flag.versions) {
    const side = sides.get(version.source) ?? new Set<string>();
    for (const token of read(version.text)) side.add(token);
    sides.set(version.source, side);
  }
  const own = sides.get(source);
  if (!own) return false;
  const flagged = (token: string) => [...sides.values()].some((side) => side.has(token));
  return read(agreement.statement).some((token) => flagged(token) && !own.has(token));
}
