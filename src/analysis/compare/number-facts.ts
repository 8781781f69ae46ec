// Reads a figure and what it counts out of a fact: "more than 1,400 Israelis" → 1400, "israeli", "more than".
import { predicateAfter, predicateBefore } from './figure-predicates.ts';
import { NUMBER_WORDS } from './number-words.ts';

export interface Figure {
  value: number;
  /** The counted thing, singular and lower-case: "israeli", "worker", "percent"; null when unsaid ("nine are missing"). */
  counts: string | null;
  qualifier: string | null;
  /** The number as written, e.g. "1,400" or "1.2 million". */
  written: string;
  /** The qualifier and the number as written, e.g. "more than 7,000": what a reader is shown. */
  shown: string;
  /** "19 other children", "five more": part of a count given elsewhere, never the count itself. */
  subset: boolean;
  /** What the figure is the object of ("gain", "lose", "provide"…), from the verb just before it. */
  predicate: string | null;
  /** Where the figure starts in the text it was read from. */
  index: number;
  /** The noun after a describing word ("government employees" → "employee"), when there is one. */
  head: string | null;
}

const QUALIFIERS = [
  'an estimated',
  'more than',
  'over',
  'at least',
  'nearly',
  'almost',
  'about',
  'around',
  'roughly',
  'approximately',
  'some',
  'up to',
  'fewer than',
  'less than',
  'under',
];
const MULTIPLIERS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const SKIP = new Set([
  'of',
  'the',
  'a',
  'an',
  'more',
  'other',
  'additional',
  'new',
  'extra',
  'people’s',
  'per',
]);
/** The number words read as counts: "two" to "twenty" (not "one", nor "zero"), a dozen, some tens, a hundred. */
const WORD_NUMBERS: Record<string, number> = {
  ...Object.fromEntries([...NUMBER_WORDS].filter(([, value]) => value >= 2 && value <= 20)),
  dozen: 12,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};
/** Words that follow a number without being what it counts ("nine are missing"). */
const NOT_COUNTED = new Set([
  'are',
  'were',
  'was',
  'is',
  'have',
  'had',
  'has',
  'remain',
  'remained',
  'and',
  'to',
  'in',
  'on',
  'at',
  'from',
  'after',
  'when',
  'as',
  'who',
  'that',
  'for',
  'by',
  'with',
  'into',
  'than',
  'per',
]);
/** Words right after a figure that make it part of another count ("19 other children", "five more"). */
const SUBSET = new Set(['other', 'more', 'additional', 'another', 'extra', 'further']);
const CURRENCY: Record<string, string> = { $: 'dollar', '£': 'pound', '€': 'euro' };
/** A month's name or its abbreviation, capitalised, right before a figure ("may 12" is no date). */
const MONTH_BEFORE =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s*$/;

const FIGURE = new RegExp(
  `(?:\\$|£|€)?\\b(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${Object.keys(WORD_NUMBERS).join('|')}|a dozen|dozens|hundreds)\\b(?:\\s+(thousand|million|billion|trillion))?\\s*(%|per\\s?cent|percent(?:age points?)?)?`,
  'gi',
);

const AGE_AFTER = /^[-\s](?:year|month|week|day)s?-old\b/i;
/** "two years ago": a time, told back from the story's day, not a count of years. */
const AGO_AFTER = /^\s*(?:decade|year|month|week|day|hour)s?\s+ago\b/i;

/**
 * The figures of a text, memoised: one sheet's comparison reads the same fact and sentence texts several times
 * over (sightings, the stated value, the flag check). Callers never change what they are given.
 */
const FIGURES = new Map<string, readonly Figure[]>();

export function readFigures(text: string): readonly Figure[] {
  let figures = FIGURES.get(text);
  if (figures === undefined) {
    figures = scanFigures(text);
    if (FIGURES.size >= 2_000) FIGURES.clear();
    FIGURES.set(text, figures);
  }
  return figures;
}

function scanFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const digits = (match[1] ?? '').toLowerCase();
    if (digits === 'dozens' || digits === 'hundreds') continue;
    let value = WORD_NUMBERS[digits.replace('a ', '')] ?? Number(digits.replace(/,/g, ''));
    // "one" and small words inside phrases ("two kilometres") are counted like any figure; clock times are not.
    if (/^[:.]\d/.test(text.slice(match.index + match[0].length))) continue;
    if (Number.isNaN(value)) continue;
    const multiplier = match[2]?.toLowerCase();
    if (multiplier) value *= MULTIPLIERS[multiplier] ?? 1;
    // Years are dates, not counts.
    if (!match[2] && !match[3] && /^(19|20)\d\d$/.test(digits)) continue;
    const after = text.slice(match.index + match[0].length);
    // …and so are ages: the "66-year-old" suspect is one person, not 66 of anything.
    if (AGE_AFTER.test(after) || AGO_AFTER.test(after)) continue;
    const before = text.slice(0, match.index).toLowerCase().trimEnd();
    // …and so is a day after its month: "the Sept. 11 attacks" count no attacks.
    if (!match[2] && !match[3] && /^\d{1,2}$/.test(digits) && MONTH_BEFORE.test(text.slice(0, match.index)))
      continue;
    const qualifier = QUALIFIERS.find((q) => before.endsWith(` ${q}`) || before === q) ?? null;
    const currency = CURRENCY[match[0][0] as string];
    const counts = match[3] ? 'percent' : (currency ?? countedNoun(after));
    const written = match[0].trim();
    figures.push({
      value,
      counts,
      qualifier,
      written,
      shown: qualifier
        ? `${text.slice(0, match.index).trimEnd().slice(-qualifier.length)} ${written}`
        : written,
      subset: SUBSET.has(
        after
          .trimStart()
          .split(/[^\p{L}]+/u)[0]
          ?.toLowerCase() ?? '',
      ),
      predicate: predicateBefore(before) ?? predicateAfter(after),
      index: match.index,
      head: currency || match[3] ? null : headNoun(after),
    });
  }
  return figures;
}

/** The second word after the figure when the first describes it: "800,000 federal employees and…". */
function headNoun(after: string): string | null {
  const words = after
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean)
    .filter((word) => !SKIP.has(word));
  const second = words[1];
  if (!second || NOT_COUNTED.has(words[0] as string) || NOT_COUNTED.has(second)) return null;
  return singular(second);
}

function countedNoun(after: string): string | null {
  const words = after
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean);
  for (const word of words.slice(0, 3)) {
    // A letter of an abbreviation ("two U.S. officers") counts nothing.
    if (SKIP.has(word) || word.length === 1) continue;
    return NOT_COUNTED.has(word) ? null : singular(word);
  }
  return null;
}

function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ses') || word.endsWith('xes')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

/** What happened to the counted people or things, so "12 killed" and "14 died" line up. */
const EVENTS: Record<string, string[]> = {
  died: ['killed', 'kill', 'killing', 'died', 'dead', 'deaths', 'death', 'fatalities', 'perished', 'lives'],
  injured: ['injured', 'wounded', 'hurt', 'injuries'],
  rescued: ['rescued', 'saved', 'survivors', 'survived', 'pulled', 'recovered'],
  missing: ['missing', 'unaccounted'],
  detained: [
    'arrested',
    'arrests',
    'apprehended',
    'apprehensions',
    'detained',
    'held',
    'hostages',
    'hostage',
    'abducted',
    'kidnapped',
  ],
  displaced: ['evacuated', 'displaced', 'fled', 'homeless'],
  // Hit by gunfire or a blow: the wounded and, where someone died, the dead as well (see HIT below).
  hit: ['struck', 'striking', 'shot'],
};
/** "Struck" says less than any other event word in the sentence ("a bomb struck the market, killing 12"). */
const HIT = 'hit';
const EVENT_OF = new Map(
  Object.entries(EVENTS).flatMap(([event, words]) => words.map((word) => [word, event])),
);

export function eventOf(text: string): string | null {
  let hit: string | null = null;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    const event = EVENT_OF.get(word);
    if (event === HIT) hit = event;
    else if (event) return event;
  }
  return hit;
}
