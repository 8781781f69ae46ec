// Lines up the figures sources give for the same thing. Equal figures are consensus ("1,400" = "1400");
// a different qualifier ("over 1,400" against "1,400") is a low-severity difference; a different figure is flagged.
import type { Comparison, Disagreement, SourceSheet } from '../../types.ts';
import { roundsTo, sameAtPrecision } from './figure-precision.ts';
import { sameNamedSum } from './named-sum.ts';
import { agreedStatement } from './number-agreement.ts';
import type { Figure } from './number-facts.ts';
import { givesToll } from './number-readings.ts';
import { secondFigures } from './number-second-figures.ts';
import {
  GENERIC,
  MONEY,
  qualifierClass,
  type Sighting,
  shareContentWord,
  sightings,
  topicWordsOf,
  UNITS,
} from './number-sightings.ts';

/** Figures of two different counted nouns are one count told two ways only when this close. */
const MAX_RATIO_OTHER_NOUN = 1.25;

function ratioOf(a: Sighting, b: Sighting): number {
  const low = Math.min(a.figure.value, b.figure.value);
  return low <= 0 ? Number.POSITIVE_INFINITY : Math.max(a.figure.value, b.figure.value) / low;
}

/** Qualified figures further apart than this are not shown as one quantity told two ways. */
const MAX_QUALIFIED_RATIO = 1.25;
/** Figures further apart than this ratio are taken to count different things, not to disagree. */
const MAX_RATIO = 2;

export interface NumberAlignment {
  disagreements: Disagreement[];
  consensus: Comparison['consensus'];
}

/** `bodies` maps a source ID to its article text, for the words around a figure; optional for tests. */
export function alignNumbers(
  sheets: SourceSheet[],
  bodies: Map<string, string> = new Map(),
): NumberAlignment {
  const topic = topicWordsOf([...bodies.values()]);
  const bySource = sheets.map((sheet) => sightings(sheet, bodies.get(sheet.id) ?? null, topic));
  if (!sheets.some((sheet) => givesToll(sheet, bodies.get(sheet.id) ?? null))) hitAsInjured(bySource);
  const disagreements: Disagreement[] = [];
  const consensus: Comparison['consensus'] = [];
  const used = new Set<string>();
  const grouped = new Map<Sighting, Sighting[]>();
  const differing = new Set<Sighting[]>();
  for (const [index, anchors] of bySource.entries()) {
    for (const anchor of anchors) {
      const anchorKey = `${anchor.ref}:${anchor.figure.written}`;
      if (used.has(anchorKey)) continue;
      const group: Sighting[] = [anchor];
      for (const others of bySource.slice(index + 1)) {
        const free = others.filter((s) => !used.has(`${s.ref}:${s.figure.written}`));
        const match = closest(anchor, free);
        if (match) group.push(match);
      }
      if (group.length < 2) continue;
      const item = judge(group);
      for (const member of group) grouped.set(member, group);
      if (item !== 'same' && item !== 'unrelated') differing.add(group);
      // Figures two sources agree on stay open to a third that differs ("$1.4" against "$1.375"): only a
      // figure already shown in a disagreement is taken.
      if (item !== 'same') for (const member of group) used.add(`${member.ref}:${member.figure.written}`);
      else used.add(anchorKey);
      if (item === 'same') {
        const statement = agreedStatement(group);
        if (statement) consensus.push({ statement, sources: group.map((s) => s.source) });
      } else if (item !== 'unrelated') disagreements.push(item);
    }
  }
  disagreements.push(...secondFigures(bySource, grouped, differing, topic));
  return { disagreements, consensus };
}

/**
 * People hit ("striking four people") are the people hurt when no one died: a story in which no source
 * gives a toll counts the wounded either way. Where someone died, the people hit are the dead and the
 * wounded together, and are set against no count of either.
 */
function hitAsInjured(bySource: Sighting[][]): void {
  for (const list of bySource) {
    for (const [i, s] of list.entries())
      if (s.event === 'hit') list[i] = { ...s, event: 'injured', hit: true };
  }
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

/**
 * The same counted noun (with context for generic ones), or the same event happening to people or things;
 * never the objects of different verbs ("needing to gain 35 seats" against "lost 60 seats"), and for
 * units (miles, years) only with a shared word around the figure, since a distance or a span of time is
 * always a distance or a span of something.
 */
function sameThing(a: Sighting, b: Sighting): boolean {
  const x = a.figure.counts;
  const y = b.figure.counts;
  if (a.figure.predicate && b.figure.predicate && a.figure.predicate !== b.figure.predicate) return false;
  // A share, a vote count or a rate belongs to someone: Cantor's 79 percent and Brat's 56 percent, Bush's tax
  // rate and the Clintons', are two figures, not one told two ways.
  if (ATTRIBUTES.has(a.figure.counts ?? '') && ATTRIBUTES.has(b.figure.counts ?? '')) {
    if (differentOwners(a, b) || a.requirement || b.requirement) return false;
  }
  const money = MONEY.has(x ?? '') || MONEY.has(y ?? '');
  if (money && sameNamedSum(a, b)) return true;
  // Sums in one story are many (asked, granted, diverted): the same verb and a word of their own in common.
  if (money && (a.figure.predicate === null || a.figure.predicate !== b.figure.predicate)) return false;
  // …or the one sum told at two precisions ("$1.375 billion" / "$1.4 billion"), which needs no other word.
  const rounded = money && (roundsTo(a.figure, b.figure) || roundsTo(b.figure, a.figure));
  if ((money || UNITS.has(x ?? '') || UNITS.has(y ?? '')) && !shareContext(a, b) && !rounded) return false;
  // "government employees" and "federal employees": the same counted noun after different descriptions.
  const heads = a.figure.head !== null && a.figure.head === b.figure.head;
  if (
    x !== null &&
    (x === y || heads) &&
    (!GENERIC.has(x) || a.event === b.event || shareContentWord(a.statement, b.statement))
  ) {
    return a.event === null || b.event === null || a.event === b.event;
  }
  // On the event alone, with two different counted nouns, only for close figures: "41 survivors" and "37
  // passengers pulled alive" may be one group, "19 children" and "26 people" killed are more likely two.
  if (x !== null && y !== null && x !== y && ratioOf(a, b) > MAX_RATIO_OTHER_NOUN) return false;
  return a.event !== null && a.event === b.event && !UNITS.has(x ?? '') && !UNITS.has(y ?? '');
}

/** Counted words that are someone's attribute rather than a count of things that happened. */
const ATTRIBUTES = new Set(['percent', 'vote', 'seat', 'point', 'delegate']);

/** Both figures name whose they are, and the names have nothing in common. */
function differentOwners(a: Sighting, b: Sighting): boolean {
  if (a.subjects.size === 0 || b.subjects.size === 0) return false;
  return ![...a.subjects].some((name) => b.subjects.has(name));
}

/** A word around both figures other than what they count: "military" in "$3.5 billion" and "$3.6 billion". */
function shareContext(a: Sighting, b: Sighting): boolean {
  const counted = [a.figure.counts, b.figure.counts].filter((noun): noun is string => noun !== null);
  for (const word of a.context) {
    if (b.context.has(word) && !counted.some((noun) => word.startsWith(noun))) return true;
  }
  return false;
}

function judge(group: Sighting[]): Disagreement | 'same' | 'unrelated' {
  const first = group[0] as Sighting;
  const versions = group.map((s) => ({ source: s.source, text: s.text, ref: s.ref }));
  const values = group.map((s) => s.figure.value);
  // Matched on the noun after a description ("government employees" / "federal employees"): name that noun.
  // …and whenever the figure has one: "800,000 federal employees" counts employees, not "federals".
  const byHead = first.figure.head !== null || group.some((s) => s.figure.counts !== first.figure.counts);
  const topic = topicOf(
    byHead ? { ...first, figure: { ...first.figure, counts: first.figure.head } } : first,
  );
  // Qualifiers are shown as written: "more than 7,000" and "at least 7,326" say less than "7,000" and "7,326".
  const shown = group.map((s) => `${s.source} “${s.figure.shown}”`).join(', ');
  if (values.every((value) => value === first.figure.value)) {
    const qualifiers = new Set(group.map((s) => qualifierClass(s.figure.qualifier)));
    // "35 percent" and "roughly 35 percent" both hold at 35: a round figure is no rival to the exact one.
    if (qualifiers.size === 1 || [...qualifiers].every((q) => q === 'exact' || q === 'about')) return 'same';
    return {
      topic,
      kind: 'number',
      severity: 'low',
      note: `Same figure, different qualifier: ${shown}.`,
      versions,
      foundBy: 'rule',
    };
  }
  if (rangesMeet(group.map((s) => s.figure))) {
    // Far-apart figures whose qualifiers happen to allow one value ("less than 5.7", "3.5") are more
    // likely two quantities than one told loosely: not shown.
    if (Math.max(...values) / Math.min(...values) > MAX_QUALIFIED_RATIO) return 'unrelated';
    return {
      topic,
      kind: 'number',
      severity: 'medium',
      note: `Figures differ, though their qualifiers let both hold: ${shown}.`,
      versions,
      foundBy: 'rule',
    };
  }
  if (MONEY.has(first.figure.counts ?? '') && sameAtPrecision(group.map((s) => s.figure))) {
    return {
      topic,
      kind: 'number',
      // Rounding misinforms no one; it is shown because a reader comparing the sheets sees two figures.
      severity: 'low',
      note: `The same sum at a different precision: ${shown}.`,
      versions,
      foundBy: 'rule',
    };
  }
  const spread = Math.max(...values) / Math.min(...values) - 1;
  const exact = group.every((s) => s.figure.qualifier === null);
  // "Striking four people" against "six were injured": two counts that should agree, though one may
  // leave out someone hurt some other way. Shown, never as high.
  const hitAndHurt = group.some((s) => s.hit) && group.some((s) => !s.hit);
  return {
    topic: hitAndHurt ? 'Number hit or injured' : topic,
    kind: 'number',
    severity: spread > 0.1 && exact && !hitAndHurt ? 'high' : 'medium',
    note: hitAndHurt
      ? `Figures differ: ${shown} (people hit, against people injured).`
      : `Figures differ: ${shown}.`,
    versions,
    foundBy: 'rule',
  };
}

/** What a qualified figure allows: "more than 7,000" is (7000, ∞), "about 50" is 45–55, "nearly 60" is 51–60. */
function rangeOf(figure: Figure): [number, number] {
  const v = figure.value;
  switch (qualifierClass(figure.qualifier)) {
    case 'exact':
      return [v, v];
    case 'at-least':
      return [v, Number.POSITIVE_INFINITY];
    case 'at-most':
      return figure.qualifier === 'nearly' || figure.qualifier === 'almost' ? [v * 0.85, v] : [0, v];
    default:
      return [v * 0.9, v * 1.1];
  }
}

/** Whether one true figure could fit every source's qualified figure. */
function rangesMeet(figures: Figure[]): boolean {
  if (figures.every((figure) => figure.qualifier === null)) return false;
  const ranges = figures.map(rangeOf);
  return Math.max(...ranges.map((r) => r[0])) <= Math.min(...ranges.map((r) => r[1]));
}

const EVENT_TOPICS: Record<string, string> = {
  died: 'Death toll',
  injured: 'Number injured',
  rescued: 'Number rescued',
  missing: 'Number missing',
  detained: 'Number arrested or detained',
  displaced: 'Number displaced',
  hit: 'Number hit',
};

function topicOf(sighting: Sighting): string {
  // A verb read where the counted noun should be ("14 people died", "1.5 million seeking …") names nothing.
  const counted = sighting.figure.counts;
  const noun = counted !== null && /(?:ing|ed)$/.test(counted) ? null : counted;
  if (noun === 'dollar' || noun === 'pound' || noun === 'euro') return `Amount of money (${plural(noun)})`;
  if (sighting.event)
    return `${EVENT_TOPICS[sighting.event] ?? 'Number'}${noun && !GENERIC.has(noun) ? ` (${plural(noun)})` : ''}`;
  if (noun === 'percent') return 'Percentage';
  return noun === null ? 'Number' : `Number of ${plural(noun)}`;
}

function plural(noun: string): string {
  if (noun === 'percent') return 'percent';
  // "women", "men", "people" are plural already.
  if (/(?:men|people|children)$/.test(noun)) return noun;
  if (noun.endsWith('y') && !/[aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return noun.endsWith('s') ? noun : `${noun}s`;
}
