// Lines up the figures sources give for the same thing. Equal figures are consensus ("1,400" = "1400");
// a different qualifier ("over 1,400" against "1,400") is a low-severity difference; a different figure is flagged.
import type { Comparison, Disagreement, SourceSheet } from '../../types.ts';
import { type Figure, readFigures } from './number-facts.ts';

interface Sighting {
  source: string;
  figure: Figure;
  ref: string;
  /** The fact's evidence as found in the source: what readers are shown. */
  text: string;
  statement: string;
}

/** Counted words too generic to pair on alone: the statements must share another word too. */
const GENERIC = new Set(['percent', 'people', 'person', 'year', 'month', 'week', 'day', 'hour', 'time', 'case']);
/** Figures further apart than this ratio are taken to count different things, not to disagree. */
const MAX_RATIO = 2;

export interface NumberAlignment {
  disagreements: Disagreement[];
  consensus: Comparison['consensus'];
}

export function alignNumbers(sheets: SourceSheet[]): NumberAlignment {
  const bySource = sheets.map((sheet) => sightings(sheet));
  const disagreements: Disagreement[] = [];
  const consensus: Comparison['consensus'] = [];
  const used = new Set<string>();
  for (const [index, anchors] of bySource.entries()) {
    for (const anchor of anchors) {
      const anchorKey = `${anchor.ref}:${anchor.figure.written}`;
      if (used.has(anchorKey)) continue;
      const group: Sighting[] = [anchor];
      for (const others of bySource.slice(index + 1)) {
        const match = closest(anchor, others.filter((s) => !used.has(`${s.ref}:${s.figure.written}`)));
        if (match) group.push(match);
      }
      if (group.length < 2) continue;
      for (const member of group) used.add(`${member.ref}:${member.figure.written}`);
      const item = judge(group);
      if (item === 'same') consensus.push({ statement: anchor.statement, sources: group.map((s) => s.source) });
      else disagreements.push(item);
    }
  }
  return { disagreements, consensus };
}

function sightings(sheet: SourceSheet): Sighting[] {
  const out: Sighting[] = [];
  for (const fact of sheet.facts) {
    if (fact.sourceText === null) continue;
    for (const figure of readFigures(fact.sourceText)) {
      out.push({ source: sheet.id, figure, ref: fact.id, text: fact.sourceText, statement: fact.statement });
    }
  }
  return out;
}

function closest(anchor: Sighting, candidates: Sighting[]): Sighting | null {
  let best: Sighting | null = null;
  let bestRatio = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (candidate.figure.counts !== anchor.figure.counts) continue;
    if (GENERIC.has(anchor.figure.counts) && !shareContentWord(anchor.statement, candidate.statement)) continue;
    const low = Math.min(anchor.figure.value, candidate.figure.value);
    const ratio = low === 0 ? Number.POSITIVE_INFINITY : Math.max(anchor.figure.value, candidate.figure.value) / low;
    if (ratio <= MAX_RATIO && ratio < bestRatio) {
      best = candidate;
      bestRatio = ratio;
    }
  }
  return best;
}

function judge(group: Sighting[]): Disagreement | 'same' {
  const first = group[0] as Sighting;
  const versions = group.map((s) => ({ source: s.source, text: s.text, ref: s.ref }));
  const values = group.map((s) => s.figure.value);
  const topic = `Number of ${plural(first.figure.counts)}`;
  if (values.every((value) => value === first.figure.value)) {
    const qualifiers = new Set(group.map((s) => s.figure.qualifier ?? ''));
    if (qualifiers.size === 1) return 'same';
    return {
      topic,
      kind: 'number',
      severity: 'low',
      note: `Same figure, different qualifier: ${group.map((s) => `${s.source} “${[s.figure.qualifier, s.figure.written].filter(Boolean).join(' ')}”`).join(', ')}.`,
      versions,
      foundBy: 'rule',
    };
  }
  const spread = Math.max(...values) / Math.min(...values) - 1;
  return {
    topic,
    kind: 'number',
    severity: spread > 0.1 ? 'high' : 'medium',
    note: `Figures differ: ${group.map((s) => `${s.source} ${s.figure.written}`).join(', ')}.`,
    versions,
    foundBy: 'rule',
  };
}

const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'and', 'or', 'was', 'were', 'is', 'are', 'by', 'for']);

function shareContentWord(a: string, b: string): boolean {
  const words = (text: string) =>
    new Set(
      text
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter((word) => word.length > 2 && !STOP.has(word) && !GENERIC.has(word)),
    );
  const x = words(a);
  return [...words(b)].some((word) => x.has(word));
}

function plural(noun: string): string {
  if (noun === 'percent') return 'percent';
  if (noun.endsWith('y') && !/[aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return noun.endsWith('s') ? noun : `${noun}s`;
}
