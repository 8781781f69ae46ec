// Figures and what they count: "1,400 Israelis killed", "about 8,700 people", "4.25%", "voted 5-2".
// The statement leads with the figure in digits (so "Twenty-three hostages" and "23 hostages" line up
// across sources), `value` is the bare normalised number, `evidence` the source's own sentence or clause.
// Years, dates, times and ages are not counts and are skipped; so are figures inside quotes, which belong
// to the speaker rather than to the story's facts.

import { hasSpaceToCollapse } from '../../util/word-count.ts';
import { countedNoun } from './counted-noun.ts';
import { MONTH } from './dates.ts';
import {
  type BeforeFigure,
  beforeFigure,
  endsWithBeforeSpace,
  endsWithDeterminer,
  endsWithMonth,
  endsWithRank,
  isBlank,
  partOfHead,
  QUALIFIER,
  qualifierOf,
} from './figure-before.ts';
import { FigureFact } from './figure-fact.ts';
import { insideQuote, type Sentence, type TextModel } from './sentences.ts';

export interface NumberFact {
  statement: string;
  value: string;
  readonly evidence: string;
  /** Offset of the figure in the text: earlier usually means more important. */
  at: number;
}

const UNITS = String.raw`%|per\s?cent|percentage points?|km\/h|mph|mm|cm|km|kg|tonnes|hectares|acres|metres|meters|miles|degrees`;
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
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/**
 * The letters a number word can start with. FIGURE opens with a look-ahead for a currency sign, a digit or one
 * of these: it adds nothing a match needs, but lets most positions fail on one character instead of trying
 * the look-behind and every alternative there. The look-behind `(?<![\p{L}\p{N}.,\/-])` is split in two, its
 * ASCII part first: that plain class rules out the inside of a word before the look-ahead and the Unicode
 * classes are read.
 */
const FIRST_LETTERS = [
  ...new Set([...TENS.split('|'), ...Object.keys(WORD_NUMBERS)].map((word) => word[0])),
].join('');
const FIGURE = new RegExp(
  String.raw`(?<![A-Za-z0-9.,\/-])(?=[$€£\d${FIRST_LETTERS}])(?<![\p{L}\p{N}])(?:([$€£])\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:${TENS})-(?:one|two|three|four|five|six|seven|eight|nine)|${Object.keys(WORD_NUMBERS).join('|')})(?:\s(million|billion|trillion|thousand))?(\s?(?:${UNITS}))?(?![\p{L}\p{N}]|-(?:year|month|day|week|hour)s?-old)`,
  'giu',
);
const MAY_HOLD_FIGURE = new RegExp(
  String.raw`\d|\b(?:${TENS}|${Object.keys(WORD_NUMBERS).join('|')})\b`,
  'i',
);
const VOTE = /\b(voted|split|ruled|vote of|margin of)\s+(\d{1,2})-(\d{1,2})\b/gi;
const MULTIPLIERS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const PARTICIPLE_AFTER =
  /^\s+(?:were|was|have been|had been|are|been|have|has)?\s*(killed|died|injured|wounded|freed|released|held|displaced|evacuated|arrested|detained|missing|dead|rescued|hurt)\b/i;
/** "9 March", "4 Sept.": the month whole ("12 separate actions", "four decades" and "10 mayors" are counts). */
const MONTH_AFTER = new RegExp(String.raw`^\s*${MONTH}(?!\p{L})`, 'u');
/** How long something took is rarely what sources disagree about: durations go after other figures. */
const DURATION =
  /^(?:\d+\s+|[\d.-]+\s*)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/i;
/** Words a percentage or an amount is usually about: "interest rate", "inflation", "shares". */
const MEASURES = new Set(
  `rate rates inflation growth unemployment shares stock stocks price prices economy gusts winds rainfall target
  stake budget revenue profit profits sales wages wage turnout krona dollar euro pound yen index bonds yield`.split(
    /\s+/,
  ),
);

/** Every figure fact of the text as one list, in the order chooseFacts reads them: what the tests read. */
export function findNumberFacts(model: TextModel): NumberFact[] {
  return [...numberFactsInOrder(model)];
}

/**
 * The figure facts in text order, durations after the rest, read only as far as they are asked for: a sheet
 * shows a dozen facts, and a long paste holds thousands of figures (a twentieth of the engine's time on 2 MB).
 */
export function* numberFactsInOrder(model: TextModel): Generator<NumberFact> {
  const durations: NumberFact[] = [];
  // Every statement kept so far (votes included): a set, where scanning the list grew with the square.
  const statements = new Set<string>();
  const sentences = model.sentences;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as Sentence;
    const text = model.text.slice(sentence.start, sentence.end);
    // Most sentences hold no figure: a cheap test spares them the full pattern.
    if (!MAY_HOLD_FIGURE.test(text)) continue;
    const facts: NumberFact[] = [];
    // exec on the one global pattern, not matchAll: no copy of the pattern and no iterator per sentence.
    FIGURE.lastIndex = 0;
    for (let match = FIGURE.exec(text); match !== null; match = FIGURE.exec(text)) {
      const at = sentence.start + match.index;
      if (insideQuote(model, at)) continue;
      const fact = readFigure(model, sentence, text, match, at);
      if (fact && !statements.has(fact.statement)) {
        facts.push(fact);
        statements.add(fact.statement);
      }
    }
    // A tally is written with a hyphen ("5-2"): a sentence without one is spared the pattern.
    VOTE.lastIndex = 0;
    for (let vote = text.includes('-') ? VOTE.exec(text) : null; vote !== null; vote = VOTE.exec(text)) {
      const at = sentence.start + vote.index;
      const value = `${vote[2]}-${vote[3]}`;
      statements.add(`vote ${value}`);
      facts.push(new FigureFact(`vote ${value}`, value, at, model, sentence, at + vote[0].length));
    }
    // In text order within the sentence too: a tally is read after the figures.
    for (const fact of facts.sort((a, b) => a.at - b.at)) {
      if (isDuration(fact)) durations.push(fact);
      else yield fact;
    }
  }
  yield* durations;
}

function isDuration(fact: NumberFact): boolean {
  return DURATION.test(fact.statement.replace(/^(?:about|over|more than|some|nearly)\s+/i, ''));
}

function readFigure(
  model: TextModel,
  span: Sentence,
  sentence: string,
  match: RegExpMatchArray,
  at: number,
): NumberFact | null {
  const [whole, currency, written = '', multiplier, unit] = match;
  const index = match.index ?? 0;
  // Only the last few words before a figure matter to the rules below.
  const before = sentence.slice(Math.max(0, index - 80), index);
  const last = beforeFigure(before);
  const after = sentence.slice(index + whole.length);
  const value = toNumber(written, multiplier);
  if (value === null) return null;
  // Not counts: years ("since 2013"), dates ("March 9"), times ("2 a.m."), ages ("Mira Dov, 19,"), scores ("5-2").
  if (!currency && !unit && !multiplier && /^(19|20)\d\d$/.test(written)) return null;
  if (endsWithMonth(last) || MONTH_AFTER.test(after)) return null;
  // "six of the seven members": the seven is part of the six's fact.
  if (/^\d|^[a-z]/i.test(written)) {
    const head = partOfHead(last);
    if (head !== null && toNumber(head, undefined) !== null) return null;
  }
  if (/^\s*(?:a\.?m\.?|p\.?m\.?|GMT|BST|UTC|o'clock)\b/i.test(after) || /^[.:]\d/.test(after)) return null;
  if (endsWithBeforeSpace(last, ',') && /^\s*,/.test(after) && /\p{Lu}\p{L}+,\s*$/u.test(before)) return null;
  if (/^-\d/.test(after) || endsWithDigitDash(before) || /^\/\d/.test(after)) return null;
  if (!countsSomething(written, last, after, index === 0 || isBlank(last))) return null;
  const compound = /^-([\p{L}]+)\s+([\p{L}]+)/u.exec(after);
  const partOf = /^\s+of\s+(?:the\s+)?(?:[\p{L}]+['’]s\s+)?(\d+|[a-z]+)\s+([\p{L}]+)/iu.exec(after);
  let counted = unit ? '' : countedNoun(after);
  if (!unit && compound) counted = ''; // "42-day pause" is handled below
  if (partOf && toNumber(partOf[1] ?? '', undefined) !== null)
    counted = `of ${toNumber(partOf[1] ?? '', undefined)} ${partOf[2]}`;
  if (!unit && !currency && compound) {
    if (!/^[\p{Ll}]/u.test(compound[1] ?? '')) return null;
    const statement = `${written}-${compound[1]} ${compound[2]}`;
    return new FigureFact(statement, formatValue(value), at, model, span, at + whole.length);
  }
  if (!unit && !currency && counted === '') return null;
  if (/^(one|two)$/i.test(written) && counted === '') return null;
  const qualifier = qualifierOf(last);
  const participle = unit
    ? null
    : (PARTICIPLE_AFTER.exec(after.slice(after.indexOf(counted) + counted.length))?.[1] ?? null);
  const shown = /^\d/.test(written) ? written : String(value);
  const unitText = unit ? unit.trim().replace(/^per\s?cent$/i, '%') : '';
  const figure = `${currency ?? ''}${shown}${multiplier ? ` ${multiplier}` : ''}${unitText === '%' || !unitText ? unitText : ` ${unitText}`}`;
  const context = unit || currency ? leadIn(before) : '';
  // The parts that are there, joined by a space: what filtering an array of them and joining it gave.
  let statement = withWord(context, qualifier);
  statement = withWord(statement, figure);
  statement = withWord(statement, counted);
  statement = withWord(statement, participle?.toLowerCase());
  const collapsed = hasSpaceToCollapse(statement) ? statement.replace(/\s+/g, ' ') : statement;
  return new FigureFact(collapsed.trim(), formatValue(value), at, model, span, at + whole.length);
}

function withWord(text: string, word: string | null | undefined): string {
  if (!word) return text;
  return text === '' ? word : `${text} ${word}`;
}

/** `/\d-$/`: "5-" before the figure of a score or a range. */
function endsWithDigitDash(text: string): boolean {
  const digit = text.charCodeAt(text.length - 2);
  return text.charCodeAt(text.length - 1) === 45 && digit >= 48 && digit <= 57;
}

/** Compounds that describe rather than count: "four-star general", "two-thirds", "three-time winner". */
const DESCRIPTIVE_COMPOUND =
  /^-(?:thirds?|quarters?|halves|half|fifths?|sixths?|tenths?|star|nation|time|term|way|fold|story|party|point)\b/i;

/**
 * Whether a figure counts anything. Not: "the two men" and "both" (a reference back, not a count), "No. 2"
 * (a rank), "Group of Seven" (a number word inside a name, capitalised mid-sentence), "two-thirds" or
 * "four-star" (a fraction or a description).
 */
function countsSomething(
  written: string,
  before: BeforeFigure,
  after: string,
  sentenceStart: boolean,
): boolean {
  const word = /^\p{L}/u.test(written);
  if (endsWithRank(before)) return false;
  if (word && endsWithDeterminer(before)) return false;
  if (word && /^\p{Lu}/u.test(written) && !sentenceStart && !endsWithBeforeSpace(before, '.!?:"“'))
    return false;
  return !DESCRIPTIVE_COMPOUND.test(after);
}

function toNumber(written: string, multiplier: string | undefined): number | null {
  const first = written.charCodeAt(0);
  let value: number;
  // Digits are read as written: lower case changes neither them nor what Number makes of them.
  if (first >= 48 && first <= 57) value = Number(written.includes(',') ? written.replace(/,/g, '') : written);
  else value = wordValue(written.toLowerCase());
  if (!Number.isFinite(value)) return null;
  return multiplier ? value * (MULTIPLIERS[multiplier.toLowerCase()] ?? 1) : value;
}

/** "forty-two" → 42, "seven" → 7, anything else NaN. */
function wordValue(lower: string): number {
  if (!lower.includes('-')) return WORD_NUMBERS[lower] ?? Number.NaN;
  const [tens = '', ones = ''] = lower.split('-');
  return (
    (WORD_NUMBERS[tens] ?? { sixty: 60, seventy: 70, eighty: 80, ninety: 90 }[tens] ?? 0) +
    (WORD_NUMBERS[ones] ?? 0)
  );
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}

/** What a percentage or an amount is about: "price inflation slowed to", "interest rate … to", "The krona fell". */
function leadIn(before: string): string {
  const clauses = before.split(/[,;:(“”"]/);
  let clause = clauses.at(-1) ?? '';
  // "inflation, which eased to 3.2%": a relative clause is about the noun just before it.
  if (/^\s*(?:which|that|who)\b/i.test(clause))
    clause = `${(clauses.at(-2) ?? '').trim().split(/\s+/).slice(-2).join(' ')} ${clause}`;
  const words = clause.replace(QUALIFIER, '').trim().split(/\s+/).filter(Boolean);
  const measureAt = words.findLastIndex((word) => MEASURES.has(word.toLowerCase()));
  if (measureAt < 0) return words.slice(-4).join(' ');
  const from = Math.max(0, measureAt - 1);
  const phrase = words.slice(from);
  // Long stretches between the measure and the figure are elided: "main interest rate … to".
  return phrase.length <= 6
    ? phrase.join(' ')
    : `${words.slice(from, measureAt + 1).join(' ')} … ${words.at(-1) ?? ''}`;
}
