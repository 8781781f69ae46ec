// A second figure a source gives for a sum the other sources state once: “the harbour levy lets the port
// divert $3.6 million” against one source's “$3.5 million” from the dredging budget and, a paragraph on,
// “$3 million may be diverted through the harbour levy”. The first pass of the alignment sets one figure of
// each source against the others; this one shows the source's other figure too, when its sentence and another
// source's sentence name the same means ("harbour levy") and the same verb pays out both sums. Never high: the source itself gives two figures.
// A sum its sentence joins to another ("$3.6 million …, along with another $2.5 million") is only part of what
// that means pays out: it is set against no single figure, since the whole it belongs to is a different sum.
import type { Disagreement } from '../../types.ts';
import { MONEY, type Sighting } from './number-sightings.ts';

/** Sums further apart than this are more likely two sums than one told two ways. */
const MAX_RATIO = 1.25;

/**
 * `grouped` maps each sighting the first pass put in a group to that group; `differing` holds the groups it
 * showed as disagreements.
 */
export function secondFigures(
  bySource: Sighting[][],
  grouped: Map<Sighting, Sighting[]>,
  differing: Set<Sighting[]>,
  topic: Set<string>,
): Disagreement[] {
  const out: Disagreement[] = [];
  for (const [index, list] of bySource.entries()) {
    for (const sighting of list) {
      if (grouped.has(sighting) || !isWholeSum(sighting) || sighting.figure.qualifier !== null) continue;
      let best: Sighting | null = null;
      for (const [other, candidates] of bySource.entries()) {
        if (other === index) continue;
        for (const candidate of candidates) {
          if (!isWholeSum(candidate) || candidate.figure.predicate !== sighting.figure.predicate) continue;
          // Only against a figure the first pass already set against another figure of this source.
          const group = grouped.get(candidate);
          if (!group || !differing.has(group) || !group.some((s) => s.source === sighting.source)) continue;
          const ratio = ratioOf(sighting, candidate);
          if (ratio === 1 || ratio > MAX_RATIO || !sameMeans(sighting.text, candidate.text, topic)) continue;
          if (!best || ratio < ratioOf(sighting, best)) best = candidate;
        }
      }
      if (!best) continue;
      out.push({
        topic: 'Amount of money (dollars)',
        kind: 'number',
        severity: 'medium',
        note: `Figures differ: ${sighting.source} “${sighting.figure.shown}”, ${best.source} “${best.figure.shown}”; ${sighting.source} gives another figure for it as well.`,
        versions: [sighting, best].map((s) => ({ source: s.source, text: s.text, ref: s.ref })),
        foundBy: 'rule',
      });
    }
  }
  return out;
}

/** A sum paid out by a verb, not joined in its sentence to another sum it makes a total with. */
function isWholeSum(sighting: Sighting): boolean {
  return (
    MONEY.has(sighting.figure.counts ?? '') &&
    sighting.figure.predicate !== null &&
    !joinedToAnother(sighting)
  );
}

/** Words that add one sum to another: "along with another $2.5 billion", "plus $600 million", "and $600 million". */
const JOINER =
  '(?:along with|together with|as well as|in addition to|plus|and)\\s+(?:(?:another|an additional|a further|an extra)\\s+)?(?:(?:about|roughly|some|nearly)\\s+)?';
const JOINED_AFTER = new RegExp(`\\s${JOINER}[$£€]\\d`, 'i');
const JOINED_BEFORE = new RegExp(`[$£€]\\d[^.;!?]*\\s${JOINER}$`, 'i');

/** Another sum is added to the figure in its sentence: the figure is one part of a larger total. */
function joinedToAnother(sighting: Sighting): boolean {
  const { text, figure } = sighting;
  const after = text.slice(figure.index + figure.written.length).split(/[.;!?](?:\s|$)/)[0] ?? '';
  const before =
    text
      .slice(0, figure.index)
      .split(/[.;!?]\s/)
      .at(-1) ?? '';
  return JOINED_AFTER.test(after) || JOINED_BEFORE.test(before);
}

function ratioOf(a: Sighting, b: Sighting): number {
  const [x, y] = [a.figure.value, b.figure.value];
  return Math.min(x, y) <= 0 ? Number.POSITIVE_INFINITY : Math.max(x, y) / Math.min(x, y);
}

/** Two content words in a row that both sentences hold, not both of them the story's own topic words. */
function sameMeans(a: string, b: string, topic: Set<string>): boolean {
  const pairs = (text: string) => {
    const words = text.toLowerCase().split(/[^\p{L}]+/u);
    const out = new Set<string>();
    for (let i = 1; i < words.length; i++) {
      const [x, y] = [words[i - 1] as string, words[i] as string];
      if (x.length < 4 || y.length < 4 || (topic.has(x) && topic.has(y))) continue;
      if (SIZE.has(x) || SIZE.has(y)) continue;
      out.add(`${x} ${y}`);
    }
    return out;
  };
  const x = pairs(a);
  return [...pairs(b)].some((pair) => x.has(pair));
}

/** Words of size, shared by any two sums: "billion dollars" proves nothing. */
const SIZE = new Set([
  'thousand',
  'million',
  'billion',
  'trillion',
  'dollars',
  'about',
  'more',
  'than',
  'that',
  'with',
  'from',
  'this',
  'will',
  'would',
  'could',
]);
