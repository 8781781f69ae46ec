// Lines up the figures sources give for the same thing. Equal figures are consensus ("1,400" = "1400");
// a different qualifier ("over 1,400" against "1,400") is a low-severity difference; a different figure is flagged.
import type { Comparison, Disagreement, SourceSheet } from '../../types.ts';
import { eventOf, type Figure, readFigures } from './number-facts.ts';

interface Sighting {
  source: string;
  figure: Figure;
  ref: string;
  /** The fact's evidence as found in the source: what readers are shown. */
  text: string;
  statement: string;
  /** "died", "rescued"…: what the figure is about, when the fact says. */
  event: string | null;
}

/** Counted words too generic to pair on alone: the statements must share another word too. */
const GENERIC = new Set([
  'percent',
  'people',
  'person',
  'year',
  'month',
  'week',
  'day',
  'hour',
  'time',
  'case',
]);
/** Counted words that are units, not people or things an event happens to. */
const UNITS = new Set([
  'percent',
  'kilometre',
  'kilometer',
  'mile',
  'metre',
  'meter',
  'year',
  'month',
  'week',
  'day',
  'hour',
  'minute',
  'dollar',
  'euro',
  'pound',
]);
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
        const match = closest(
          anchor,
          others.filter((s) => !used.has(`${s.ref}:${s.figure.written}`)),
        );
        if (match) group.push(match);
      }
      if (group.length < 2) continue;
      for (const member of group) used.add(`${member.ref}:${member.figure.written}`);
      const item = judge(group);
      if (item === 'same')
        consensus.push({ statement: anchor.statement, sources: group.map((s) => s.source) });
      else disagreements.push(item);
    }
  }
  return { disagreements, consensus };
}

function sightings(sheet: SourceSheet): Sighting[] {
  const out: Sighting[] = [];
  // Several facts often quote one sentence: each figure of a source is counted once.
  const seen = new Set<string>();
  for (const fact of sheet.facts) {
    if (fact.sourceText === null) continue;
    const event = eventOf(`${fact.statement} ${fact.sourceText}`);
    const stated = statedValue(fact.value);
    for (const figure of readFigures(fact.sourceText)) {
      if (figure.counts === null && event === null) continue;
      // A fact about one figure ("118 passengers") is not evidence for the others its sentence mentions.
      if (stated !== null && figure.value !== stated) continue;
      const key = `${figure.value}:${figure.counts}:${qualifierClass(figure.qualifier)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        source: sheet.id,
        figure,
        ref: fact.id,
        text: fact.sourceText,
        statement: fact.statement,
        event,
      });
    }
  }
  return out;
}

function statedValue(value: string | null): number | null {
  if (value === null) return null;
  const [figure] = readFigures(`${value} items`);
  return figure ? figure.value : null;
}

/** "about", "roughly" and "around" say the same thing; so do "over", "more than" and "at least". */
function qualifierClass(qualifier: string | null): string {
  if (qualifier === null) return 'exact';
  if (['more than', 'over', 'at least'].includes(qualifier)) return 'at-least';
  if (['nearly', 'almost', 'up to', 'fewer than', 'less than', 'under'].includes(qualifier)) return 'at-most';
  return 'about';
}

function closest(anchor: Sighting, candidates: Sighting[]): Sighting | null {
  let best: Sighting | null = null;
  let bestRatio = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (!sameThing(anchor, candidate)) continue;
    const low = Math.min(anchor.figure.value, candidate.figure.value);
    const ratio =
      low === 0 ? Number.POSITIVE_INFINITY : Math.max(anchor.figure.value, candidate.figure.value) / low;
    if (ratio <= MAX_RATIO && ratio < bestRatio) {
      best = candidate;
      bestRatio = ratio;
    }
  }
  return best;
}

/** The same counted noun (with context for generic ones), or the same event happening to people or things. */
function sameThing(a: Sighting, b: Sighting): boolean {
  const x = a.figure.counts;
  const y = b.figure.counts;
  if (
    x !== null &&
    x === y &&
    (!GENERIC.has(x) || a.event === b.event || shareContentWord(a.statement, b.statement))
  ) {
    return a.event === null || b.event === null || a.event === b.event;
  }
  return a.event !== null && a.event === b.event && !UNITS.has(x ?? '') && !UNITS.has(y ?? '');
}

function judge(group: Sighting[]): Disagreement | 'same' {
  const first = group[0] as Sighting;
  const versions = group.map((s) => ({ source: s.source, text: s.text, ref: s.ref }));
  const values = group.map((s) => s.figure.value);
  const topic = topicOf(first);
  if (values.every((value) => value === first.figure.value)) {
    const qualifiers = new Set(group.map((s) => qualifierClass(s.figure.qualifier)));
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

const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'at',
  'to',
  'and',
  'or',
  'was',
  'were',
  'is',
  'are',
  'by',
  'for',
]);

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

const EVENT_TOPICS: Record<string, string> = {
  died: 'Death toll',
  injured: 'Number injured',
  rescued: 'Number rescued',
  missing: 'Number missing',
  detained: 'Number detained',
  displaced: 'Number displaced',
};

function topicOf(sighting: Sighting): string {
  const noun = sighting.figure.counts;
  if (sighting.event)
    return `${EVENT_TOPICS[sighting.event] ?? 'Number'}${noun && !GENERIC.has(noun) ? ` (${plural(noun)})` : ''}`;
  return noun === 'percent' ? 'Percentage' : `Number of ${plural(noun ?? 'items')}`;
}

function plural(noun: string): string {
  if (noun === 'percent') return 'percent';
  if (noun.endsWith('y') && !/[aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return noun.endsWith('s') ? noun : `${noun}s`;
}
