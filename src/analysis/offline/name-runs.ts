// Runs of capitalised words in a sentence, outside quotes: the raw material of names.
// "Bank of Norland" and "Lestria’s Health Ministry" stay whole; "Netanyahu and Biden" splits in two;
// leading function words ("The", "In", "Asked") and months and weekdays never join a name (but see month-name.ts).

import { onInBodyName } from './body-on.ts';
import { uncontracted } from './contracted-pronoun.ts';
import { isGluedClock } from './glued-clock.ts';
import { breaksHeadlineName, isHeadlineCase, isHeadlineNoun } from './headline-breaks.ts';
import { BODY_NOUNS, CUE_VERBS, NOT_NAME_WORDS, OPENING_ADVERBS, ORG_HEADS } from './lexicon.ts';
import { isCalendarWord, monthAsName } from './month-name.ts';
import { isNameDot, NAME_PARTICLES, opensParticleName, TITLE_ABBREVIATIONS } from './name-dots.ts';
import { isNicknameGap } from './nickname-gap.ts';
import { opensOnParticiple } from './opening-participle.ts';
import { isPersonName } from './person-name-check.ts';
import { type Sentence, type TextModel, unquotedTokens } from './sentences.ts';
import { isPersonNoun, PARTY_TAG } from './speaker-like.ts';
import { isCapitalised, isPossessive, isWord, lowerOf, type Token } from './tokens.ts';

const CONNECTORS = new Set([
  'of',
  'for',
  'and',
  '&',
  'de',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'al',
  'la',
  'le',
  'da',
  'du',
]);
export interface Run {
  tokens: Token[];
  /** Index of the run's first token in the sentence's token list. */
  at: number;
  sentence: number;
  sentenceTokens: Token[];
}

/**
 * The sentence's runs, appended to `runs` (a new list when none is given). Tokens are read by index into one
 * scratch list, where a closure and an index array per sentence (and a left-over empty one for each lower-case
 * word) were the largest allocation of the engine after the tokens themselves.
 */
export function findRuns(model: TextModel, sentence: number, runs: Run[] = []): Run[] {
  const own = model.sentences[sentence] as Sentence;
  const tokens = unquotedTokens(model, own);
  const headline = isHeadlineCase(own);
  runLength = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // "Mr. Doe", "James B. Comey": the dot after a title or an initial keeps the name going.
    if (runLength && isNameDot(tokens, i)) continue;
    if (
      runLength &&
      !onlySpaceBetween(model.text, (tokens[i - 1] as Token).end, token.start) &&
      !(runLength === 1 && isNicknameGap(model.text, tokens[i - 1] as Token, token)) &&
      !(runLength === 1 && ownersInstitution(model.text, tokens[i - 1] as Token, token))
    )
      flush(tokens, sentence, runs, headline);
    // A month or a weekday never joins a name, but for a month that is also one (month-name.ts).
    const month = isCalendarWord(token) ? monthAsName(tokens, i) : null;
    if (month === 'alone' && runLength) flush(tokens, sentence, runs, headline);
    if (
      isCapitalised(token.text) &&
      month !== 'date' &&
      !isMonthAbbreviation(tokens, i) &&
      !isGluedClock(model.text, token) &&
      !isPartyTag(tokens, i)
    ) {
      if (headline && breaksHeadlineName(token)) {
        if (runLength) flush(tokens, sentence, runs, headline);
        continue;
      }
      RUN_INDICES[runLength++] = i;
      // A possessive ends a name ("Lestria’s"), unless a body name goes on ("Lestria’s Health Ministry").
      if (isPossessive(token.text) && !continuesBody(tokens, i)) flush(tokens, sentence, runs, headline);
    } else if (opensNumberedName(tokens, i)) {
      if (runLength) flush(tokens, sentence, runs, headline);
      RUN_INDICES[runLength++] = i;
      RUN_INDICES[runLength++] = ++i;
    } else if (runLength && bodyOfThe(tokens, i)) {
      // "the Office of the Harbour Archivist": "of the" inside a body's name.
      RUN_INDICES[runLength++] = i;
      RUN_INDICES[runLength++] = ++i;
    } else if (runLength && onInBodyName(tokens, i)) {
      RUN_INDICES[runLength++] = i;
    } else if (
      runLength &&
      CONNECTORS.has(token.text) &&
      (isCapitalised(tokens[i + 1]?.text ?? '') || opensParticleName(tokens, i + 1))
    ) {
      RUN_INDICES[runLength++] = i;
    } else if (runLength) flush(tokens, sentence, runs, headline);
  }
  if (runLength) flush(tokens, sentence, runs, headline);
  return runs;
}

/**
 * "Office of the", "Department of the": a body's head word, then "of the" and a capitalised word. Split at
 * "of the", the name was "Office", a body no one could tell, and a second name after it.
 */
function bodyOfThe(tokens: Token[], i: number): boolean {
  if (tokens[i]?.text !== 'of' || tokens[i + 1]?.text !== 'the' || !isCapitalised(tokens[i + 2]?.text ?? ''))
    return false;
  return ORG_HEADS.has(lowerOf(tokens[RUN_INDICES[runLength - 1] as number]));
}

/**
 * "Rep. Tom Hale, R-NY, said", "(D-Calif)": a party and a state after a comma or a bracket belong to the name
 * before them, and name no one of their own.
 */
function isPartyTag(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.text;
  return (before === ',' || before === '(') && PARTY_TAG.test((tokens[i] as Token).text);
}

/**
 * An ordinal that is part of a name: "the 14th Amendment", "the 10th Circuit", "the 2nd Congressional District".
 * Only before such heads: "on the 14th President Brandt spoke" is a date, then a name.
 */
function opensNumberedName(tokens: Token[], i: number): boolean {
  // The tokens split an ordinal in two, "14" and a glued "th".
  const number = tokens[i] as Token;
  const suffix = tokens[i + 1];
  // The glued suffix first: asked of every lower-case word, and almost none is followed by one.
  if (suffix?.start !== number.end || !ORDINAL_ENDS.has(suffix.text) || !/^\d+$/.test(number.text))
    return false;
  return NUMBERED_HEADS.has(lowerOf(tokens[i + 2]));
}
const ORDINAL_ENDS = new Set(['st', 'nd', 'rd', 'th']);
const NUMBERED_HEADS = new Set(
  'amendment amendments circuit district congressional street avenue precinct ward division army fleet regiment brigade battalion corps'.split(
    ' ',
  ),
);

/**
 * Indices of the run being read, RUN_INDICES[0, runLength): one list for every sentence, emptied by each
 * flush. Emptied by its count, not by setting its length: that setter is a call into the engine's runtime, and
 * it ran at every sentence and every run.
 */
const RUN_INDICES: number[] = [];
let runLength = 0;

/**
 * "Even Vance said …", "Perhaps Mayor Kiel said …": an adverb opening the sentence, not a name's first word ("The
 * Norway coach, Even Haugland, said"). "Then" goes only before a lone name: "Then Home Secretary Ada Kiel" held
 * the office once.
 */
function openingAdverb(tokens: Token[], at: number, word: string, rest: number): boolean {
  // So is a verb's -ing form before a title: "Echoing Governor Ada Kiel, Mayor Tom Dale said" (opening-participle.ts).
  if (rest > 0 && opensOnParticiple(tokens, at)) return true;
  if (!OPENING_ADVERBS.has(word) || (word === 'then' && rest > 1)) return false;
  for (let k = at - 1; k >= 0; k--) if (isWord(tokens[k])) return false;
  return true;
}

/** Ends the run in RUN_INDICES: trimmed, then added to `runs` whole or split at its loose connectors. */
function flush(tokens: Token[], sentence: number, runs: Run[], headline: boolean): void {
  const current = RUN_INDICES;
  let from = 0;
  let to = runLength;
  // Drop leading function words ("The", "In", "Asked") and verbs of saying ("Said Ellis: …").
  while (from < to) {
    // "We're", "They'd": a pronoun with its auxiliary.
    const at = current[from] as number;
    const word = uncontracted(lowerOf(tokens[at]));
    if (!NOT_NAME_WORDS.has(word) && !CUE_VERBS.has(word) && !openingAdverb(tokens, at, word, to - from - 1))
      break;
    from++;
  }
  // Trailing connectors, and a headline's verb of saying ("…, Lindsey Graham Says"), never end a name.
  while (to > from) {
    const token = tokens[current[to - 1] as number] as Token;
    if (!CONNECTORS.has(token.text) && !CUE_VERBS.has(lowerOf(token))) break;
    to--;
  }
  const lone = headline && to - from === 1 && isHeadlineNoun(tokens[current[from] as number] as Token);
  if (to > from && !lone) {
    const named: Token[] = [];
    for (let k = from; k < to; k++) named.push(tokens[current[k] as number] as Token);
    // "Ms. von der Leyen" is read as "Ms. Leyen", a titled surname, which joins "Ursula von der Leyen".
    while (TITLE_ABBREVIATIONS.has(lowerOf(named[0])) && NAME_PARTICLES.has(named[1]?.text ?? ''))
      named.splice(1, 1);
    addSplit(runs, { tokens: named, at: current[from] as number, sentence, sentenceTokens: tokens });
  }
  runLength = 0;
}

/**
 * Only whitespace, at least one character of it, between two offsets: what `/^\s+$/` said of the slice, read in
 * place (a slice and a regex for every token were a fifth of findRuns's time on the 2 MB bench article).
 */
function onlySpaceBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // ASCII space, tab, newline, vertical tab, form feed, carriage return: the common case, without a regex.
    if (code === 32 || (code >= 9 && code <= 13)) continue;
    if (code < 128 || !/\s/.test(text[i] as string)) return false;
  }
  return true;
}

/** "Dec." before a day ("around Dec. 1, 2017") is a date, never a name. */
function isMonthAbbreviation(tokens: Token[], i: number): boolean {
  // The dot first: most capitalised words have none after them, and are answered without the pattern.
  return (
    tokens[i + 1]?.text === '.' &&
    /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/.test((tokens[i] as Token).text) &&
    /^\d/.test(tokens[i + 2]?.text ?? '')
  );
}

function continuesBody(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    const token = tokens[j] as Token;
    if (!isCapitalised(token.text)) return false;
    if (ORG_HEADS.has(lowerOf(token))) return true;
  }
  return false;
}

/**
 * "Leaders’ College", "the Teachers' Union": a plural owner's mark after a noun for people, before the noun of
 * an institution, keeps the name whole (split there, the school was shown as "College"). Not after a name:
 * "Bernie Sanders’ College for All Act" is his.
 */
function ownersInstitution(text: string, before: Token, token: Token): boolean {
  return (
    isPersonNoun(lowerOf(before)) &&
    OWNERS_MARK_GAP.test(text.slice(before.end, token.start)) &&
    BODY_NOUNS.has(lowerOf(token))
  );
}
const OWNERS_MARK_GAP = /^['’] $/;

const LOOSE_CONNECTORS = new Set(['of', 'for', 'and', '&']);

/** Index of the first connector after the run's first token, or -1. */
function looseConnectorAt(run: Run): number {
  const tokens = run.tokens;
  for (let i = 1; i < tokens.length; i++) if (LOOSE_CONNECTORS.has((tokens[i] as Token).text)) return i;
  return -1;
}

/** "Bank of Norland" stays whole; "Netanyahu and Biden" becomes two runs: added to `runs` in order. */
function addSplit(runs: Run[], run: Run): void {
  const at = looseConnectorAt(run);
  if (at < 0) {
    runs.push(run);
    return;
  }
  const before = run.tokens[at - 1] as Token;
  // The body's head: its last word, or the word before "of" ("Science and Technology Directorate of the …").
  const of = run.tokens.findIndex((t, k) => k > at && t.text === 'of');
  const head = of > 0 ? run.tokens[of - 1] : run.tokens.at(-1);
  // A body named with "on" (body-on.ts) keeps its "and": "the Committee on Ways and Means".
  const namedOn = run.tokens.some((t) => t.text === 'on');
  // "Dale Woodard of Varna College": a person of a body is two names, though the body's head ends the run.
  const personOf =
    run.tokens[at]?.text === 'of' && at >= 2 && isPersonName(`${run.tokens[at - 2]?.text} ${before.text}`);
  if (namedOn || ORG_HEADS.has(lowerOf(before)) || (ORG_HEADS.has(lowerOf(head)) && !personOf)) {
    runs.push(run);
    return;
  }
  runs.push({
    tokens: run.tokens.slice(0, at),
    at: run.at,
    sentence: run.sentence,
    sentenceTokens: run.sentenceTokens,
  });
  addSplit(runs, {
    tokens: run.tokens.slice(at + 1),
    at: run.at + at + 1,
    sentence: run.sentence,
    sentenceTokens: run.sentenceTokens,
  });
}
