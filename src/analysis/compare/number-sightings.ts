// A figure as one source gives it, with what the comparison needs around it: what it counts, the event,
// the words around it in the article and the names it belongs to. number-differences.ts lines them up.
import type { SourceSheet } from '../../types.ts';
import type { Figure } from './number-facts.ts';
import { readings } from './number-readings.ts';

export interface Sighting {
  source: string;
  figure: Figure;
  /** The key fact the figure was read from; null when read from another sentence of the story. */
  ref: string | null;
  /** The fact's evidence as found in the source: what readers are shown. */
  text: string;
  statement: string;
  /** "died", "rescued"…: what the figure is about, when the fact says. */
  event: string | null;
  /** Counted as people hit ("striking four people") and read as injured: no source of the story gives a toll. */
  hit?: true;
  /** Content words around the figure in the article (wider than the evidence, which may be a bare clause). */
  context: Set<string>;
  /** Names written before the figure in its sentence: whose share, vote or rate it is ("Cantor", "Bush"). */
  subjects: Set<string>;
  /** "a supermajority of 60 votes", "the 41 votes necessary": a threshold, not a count of what happened. */
  requirement: boolean;
}

/** Counted words too generic to pair on alone: the statements must share another word too. */
export const GENERIC = new Set([
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
export const UNITS = new Set([
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

export { MONEY } from './number-readings.ts';

/** The story's own most frequent words ("wall" in a story about a wall) tell no two sums apart. */
const TOPIC_WORDS = 12;

export function topicWordsOf(bodies: string[]): Set<string> {
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

export function sightings(sheet: SourceSheet, body: string | null, topic: Set<string>): Sighting[] {
  const out: Sighting[] = [];
  // Several facts often quote one sentence: each figure of a source is counted once.
  const seen = new Set<string>();
  for (const found of readings(sheet, body)) {
    const { figure, text } = found;
    const key = `${figure.value}:${figure.counts}:${qualifierClass(figure.qualifier)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      source: sheet.id,
      figure,
      ref: found.ref,
      text,
      statement: found.statement,
      event: found.event,
      subjects: namesBefore(text, figure.index),
      requirement: REQUIREMENT.test(sentenceAround(text, figure.index)),
      // `start` is where `text` begins in the body, when known: the context is read around it there.
      context: contentWords(contextOf(text, figure.index, body, found.start), topic),
    });
  }
  return out;
}

/** "about", "roughly" and "around" say the same thing; so do "over", "more than" and "at least". */
export function qualifierClass(qualifier: string | null): string {
  if (qualifier === null) return 'exact';
  if (['more than', 'over', 'at least'].includes(qualifier)) return 'at-least';
  if (['nearly', 'almost', 'up to', 'fewer than', 'less than', 'under'].includes(qualifier)) return 'at-most';
  // "an estimated 800,000" is a round figure, like "about 800,000".
  return 'about';
}

/**
 * Eight words either side of the figure within its sentence, read in the article when the evidence's place
 * there is known (evidence may be a bare clause: "to the tune of $2 million").
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

const REQUIREMENT =
  /\b(?:(?:super)?majority of|threshold|necessary|needed|needs|need|needing|required|requires|require)\b/i;

/** The clause of the evidence that holds the figure. */
function sentenceAround(text: string, index: number): string {
  const start = Math.max(0, text.lastIndexOf(',', index) + 1, text.lastIndexOf('.', index) + 1);
  const end = text.slice(index).search(/[,.;]\s/);
  return text.slice(start, end < 0 ? text.length : index + end);
}

/** Capitalised words before the figure, past the sentence's first word: the people or bodies it belongs to. */
function namesBefore(text: string, index: number): Set<string> {
  const names = new Set<string>();
  for (const match of text.slice(0, index).matchAll(/\p{Lu}[\p{L}’'-]+/gu)) {
    const word = match[0].replace(/['’]s$/u, '').toLowerCase();
    if (!NOT_NAMES.has(word)) names.add(word);
  }
  return names;
}

/** Capitalised words that name no one in particular: titles, months, days, parties, the words of an office. */
const NOT_NAMES = new Set(
  `mr mrs ms dr sen rep gov president senator representative house senate congress the january february march
  april may june july august september october november december monday tuesday wednesday thursday friday
  saturday sunday republican republicans democrat democrats democratic gop majority minority leader speaker in
  on at after before but and when while as a an this that it he she they his her their its for with by from if
  under over about since than then there`.split(/\s+/),
);

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

export function shareContentWord(a: string, b: string): boolean {
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
