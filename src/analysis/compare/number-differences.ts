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
  /** Content words around the figure in the article (wider than the evidence, which may be a bare clause). */
  context: Set<string>;
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
/** Words of size, not of subject: "billion" in two sentences says nothing about what is counted. */
const SCALE = new Set([
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'billions',
  'trillion',
  'dollars',
]);
/** Sums of money are told apart by what they pay for, said around them. */
const MONEY = new Set(['dollar', 'pound', 'euro']);
/** The story's own most frequent words ("wall" in a story about a wall) tell no two sums apart. */
const TOPIC_WORDS = 12;

function topicWordsOf(bodies: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const body of bodies) {
    for (const word of new Set(body.toLowerCase().split(/[^\p{L}]+/u))) {
      if (word.length > 2 && !STOP.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  // Words every source uses, twice per source on average, most frequent across the texts first.
  const frequency = new Map<string, number>();
  for (const body of bodies)
    for (const word of body.toLowerCase().split(/[^\p{L}]+/u))
      frequency.set(word, (frequency.get(word) ?? 0) + 1);
  return new Set(
    [...counts]
      .filter(
        ([word, sources]) =>
          sources === bodies.length && bodies.length > 1 && (frequency.get(word) ?? 0) >= 2 * bodies.length,
      )
      .map(([word]) => word)
      .sort((a, b) => (frequency.get(b) ?? 0) - (frequency.get(a) ?? 0))
      .slice(0, TOPIC_WORDS),
  );
}

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
  const disagreements: Disagreement[] = [];
  const consensus: Comparison['consensus'] = [];
  const used = new Set<string>();
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
      // Figures two sources agree on stay open to a third that differs ("$1.4" against "$1.375"): only a
      // figure already shown in a disagreement is taken.
      if (item !== 'same') for (const member of group) used.add(`${member.ref}:${member.figure.written}`);
      else used.add(anchorKey);
      if (item === 'same')
        consensus.push({ statement: anchor.statement, sources: group.map((s) => s.source) });
      else if (item !== 'unrelated') disagreements.push(item);
    }
  }
  return { disagreements, consensus };
}

function sightings(sheet: SourceSheet, body: string | null, topic: Set<string>): Sighting[] {
  const out: Sighting[] = [];
  // Several facts often quote one sentence: each figure of a source is counted once.
  const seen = new Set<string>();
  for (const fact of sheet.facts) {
    if (fact.sourceText === null) continue;
    const event = eventOf(`${fact.statement} ${fact.sourceText}`);
    const stated = statedValue(fact.value);
    for (const figure of readFigures(fact.sourceText)) {
      if (figure.counts === null && event === null) continue;
      // "19 other children" is part of a count, not a rival to "26 people".
      if (figure.subset) continue;
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
        context: contentWords(
          contextOf(fact.sourceText, figure.index, body, fact.span?.start ?? null),
          topic,
        ),
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
  // "an estimated 800,000" is a round figure, like "about 800,000".
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
  const money = MONEY.has(x ?? '') || MONEY.has(y ?? '');
  // Sums in one story are many (asked, granted, diverted): the same verb and a word of their own in common.
  if (money && (a.figure.predicate === null || a.figure.predicate !== b.figure.predicate)) return false;
  if ((money || UNITS.has(x ?? '') || UNITS.has(y ?? '')) && !shareContext(a, b)) return false;
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

/**
 * Eight words either side of the figure within its sentence, read in the article when the evidence's place
 * there is known (evidence may be a bare clause: "to the tune of $3.5 billion").
 */
function contextOf(evidence: string, index: number, body: string | null, start: number | null): string {
  const [text, at] = body !== null && start !== null ? [body, start + index] : [evidence, index];
  const before =
    text
      .slice(Math.max(0, at - 160), at)
      .split(/[.!?]\s+(?=\p{Lu})|\n/u)
      .at(-1) ?? '';
  const after = text.slice(at, at + 200).split(/[.!?](?:\s+|$)|\n/u)[0] ?? '';
  return [...before.split(/\s+/).slice(-8), ...after.split(/\s+/).slice(0, 9)].join(' ');
}

/** A word around both figures other than what they count: "military" in "$3.5 billion" and "$3.6 billion". */
function shareContext(a: Sighting, b: Sighting): boolean {
  const counted = [a.figure.counts, b.figure.counts].filter((noun): noun is string => noun !== null);
  for (const word of a.context) {
    if (b.context.has(word) && !counted.some((noun) => word.startsWith(noun))) return true;
  }
  return false;
}

function contentWords(text: string, topic: Set<string>): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(
        (word) =>
          word.length > 2 && !STOP.has(word) && !GENERIC.has(word) && !SCALE.has(word) && !topic.has(word),
      ),
  );
}

function judge(group: Sighting[]): Disagreement | 'same' | 'unrelated' {
  const first = group[0] as Sighting;
  const versions = group.map((s) => ({ source: s.source, text: s.text, ref: s.ref }));
  const values = group.map((s) => s.figure.value);
  // Matched on the noun after a description ("government employees" / "federal employees"): name that noun.
  const byHead = group.some((s) => s.figure.counts !== first.figure.counts);
  const topic = topicOf(
    byHead ? { ...first, figure: { ...first.figure, counts: first.figure.head } } : first,
  );
  // Qualifiers are shown as written: "more than 7,000" and "at least 7,326" say less than "7,000" and "7,326".
  const shown = group.map((s) => `${s.source} “${s.figure.shown}”`).join(', ');
  if (values.every((value) => value === first.figure.value)) {
    const qualifiers = new Set(group.map((s) => qualifierClass(s.figure.qualifier)));
    if (qualifiers.size === 1) return 'same';
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
  const spread = Math.max(...values) / Math.min(...values) - 1;
  const exact = group.every((s) => s.figure.qualifier === null);
  return {
    topic,
    kind: 'number',
    severity: spread > 0.1 && exact ? 'high' : 'medium',
    note: `Figures differ: ${shown}.`,
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
  if (noun === 'dollar' || noun === 'pound' || noun === 'euro') return `Amount of money (${plural(noun)})`;
  if (sighting.event)
    return `${EVENT_TOPICS[sighting.event] ?? 'Number'}${noun && !GENERIC.has(noun) ? ` (${plural(noun)})` : ''}`;
  return noun === 'percent' ? 'Percentage' : `Number of ${plural(noun ?? 'items')}`;
}

function plural(noun: string): string {
  if (noun === 'percent') return 'percent';
  if (noun.endsWith('y') && !/[aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return noun.endsWith('s') ? noun : `${noun}s`;
}
