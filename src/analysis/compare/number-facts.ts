// Reads a figure and what it counts out of a fact: "more than 1,400 Israelis" → 1400, "israeli", "more than".

export interface Figure {
  value: number;
  /** The counted thing, singular and lower-case: "israeli", "worker", "percent". */
  counts: string;
  qualifier: string | null;
  /** The number as written, e.g. "1,400" or "1.2 million". */
  written: string;
}

const QUALIFIERS = [
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
const SKIP = new Set(['of', 'the', 'a', 'an', 'more', 'other', 'additional', 'new', 'extra', 'people’s', 'per']);
const WORD_NUMBERS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozen: 12,
  twenty: 20,
  hundred: 100,
};

const FIGURE =
  /(?:\$|£|€)?\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|a dozen|dozens|hundreds)\b(?:\s+(thousand|million|billion|trillion))?\s*(%|per\s?cent|percent(?:age points?)?)?/gi;

export function readFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const digits = (match[1] ?? '').toLowerCase();
    if (digits === 'dozens' || digits === 'hundreds') continue;
    let value = WORD_NUMBERS[digits.replace('a ', '')] ?? Number(digits.replace(/,/g, ''));
    if (Number.isNaN(value)) continue;
    const multiplier = match[2]?.toLowerCase();
    if (multiplier) value *= MULTIPLIERS[multiplier] ?? 1;
    // Years are dates, not counts.
    if (!match[2] && !match[3] && /^(19|20)\d\d$/.test(digits)) continue;
    const before = text.slice(0, match.index).toLowerCase().trimEnd();
    const qualifier = QUALIFIERS.find((q) => before.endsWith(` ${q}`) || before === q) ?? null;
    const counts = match[3] ? 'percent' : countedNoun(text.slice(match.index + match[0].length));
    if (counts === null) continue;
    figures.push({ value, counts, qualifier, written: match[0].trim() });
  }
  return figures;
}

function countedNoun(after: string): string | null {
  const words = after
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean);
  for (const word of words.slice(0, 3)) {
    if (SKIP.has(word)) continue;
    return singular(word);
  }
  return null;
}

function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ses') || word.endsWith('xes')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}
