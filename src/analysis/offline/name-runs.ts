// Runs of capitalised words in a sentence, outside quotes: the raw material of names.
// "Bank of Norland" and "Lestria’s Health Ministry" stay whole; "Netanyahu and Biden" splits in two;
// leading function words ("The", "In", "Asked") and months and weekdays never join a name.
import { CUE_VERBS, MONTHS, NOT_NAME_WORDS, ORG_HEADS, WEEKDAYS } from './lexicon.ts';
import { isNameDot } from './name-dots.ts';
import { type Sentence, type TextModel, unquotedTokens } from './sentences.ts';
import { isCapitalised, isPossessive, lower, lowerOf, type Token } from './tokens.ts';

const CONNECTORS = new Set([
  'of',
  'for',
  'and',
  '&',
  'de',
  'van',
  'von',
  'der',
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

export function findRuns(model: TextModel, sentence: number): Run[] {
  const tokens = unquotedTokens(model, model.sentences[sentence] as Sentence);
  const runs: Run[] = [];
  let current: number[] = [];
  const flush = () => {
    // Most tokens end no run: without this, each lower-case word left a fresh empty array behind (the largest
    // allocation of the engine after the tokens themselves, 3 MB a bench run).
    if (current.length === 0) return;
    // Drop leading function words ("The", "In", "Asked") and verbs of saying ("Said Ellis: …").
    while (
      current.length &&
      (NOT_NAME_WORDS.has(lowerOf(tokens[current[0] as number])) ||
        CUE_VERBS.has(lowerOf(tokens[current[0] as number])))
    )
      current.shift();
    // Trailing connectors, and a headline's verb of saying ("…, Lindsey Graham Says"), never end a name.
    while (
      current.length &&
      (CONNECTORS.has((tokens[current.at(-1) as number] as Token).text) ||
        CUE_VERBS.has(lower((tokens[current.at(-1) as number] as Token).text)))
    )
      current.pop();
    if (current.length) {
      runs.push({
        tokens: current.map((i) => tokens[i] as Token),
        at: current[0] as number,
        sentence,
        sentenceTokens: tokens,
      });
    }
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // "Mr. Doe", "James B. Comey": the dot after a title or an initial keeps the name going.
    if (current.length && isNameDot(tokens, i)) continue;
    const previous = tokens[i - 1];
    if (
      current.length &&
      !(previous !== undefined && onlySpaceBetween(model.text, previous.end, token.start))
    )
      flush();
    if (isCapitalised(token.text) && !isCalendarWord(token.text) && !isMonthAbbreviation(tokens, i)) {
      current.push(i);
      // A possessive ends a name ("Lestria’s"), unless a body name goes on ("Lestria’s Health Ministry").
      if (isPossessive(token.text) && !continuesBody(tokens, i)) flush();
    } else if (current.length && CONNECTORS.has(token.text) && isCapitalised(tokens[i + 1]?.text ?? '')) {
      current.push(i);
    } else flush();
  }
  flush();
  // Pushed one by one rather than flatMap's array per run: most runs have no connector and stay whole.
  const split: Run[] = [];
  for (const run of runs) {
    if (looseConnectorAt(run) < 0) split.push(run);
    else split.push(...splitAtLooseConnectors(run));
  }
  return split;
}

/** A month or weekday name, whatever its case. */
function isCalendarWord(text: string): boolean {
  const word = text.toLowerCase();
  return MONTH_SET.has(word) || WEEKDAYS.has(word);
}

const MONTH_SET = new Set(MONTHS);

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

const LOOSE_CONNECTORS = new Set(['of', 'for', 'and', '&']);

/** Index of the first connector after the run's first token, or -1. */
function looseConnectorAt(run: Run): number {
  const tokens = run.tokens;
  for (let i = 1; i < tokens.length; i++) if (LOOSE_CONNECTORS.has((tokens[i] as Token).text)) return i;
  return -1;
}

/** "Bank of Norland" stays whole; "Netanyahu and Biden" becomes two runs. */
function splitAtLooseConnectors(run: Run): Run[] {
  const at = looseConnectorAt(run);
  if (at < 0) return [run];
  const before = run.tokens[at - 1] as Token;
  if (ORG_HEADS.has(lowerOf(before)) || ORG_HEADS.has(lower(run.tokens.at(-1)?.text ?? ''))) return [run];
  const head = { ...run, tokens: run.tokens.slice(0, at) };
  const tail = { ...run, tokens: run.tokens.slice(at + 1), at: run.at + at + 1 };
  return [head, ...splitAtLooseConnectors(tail)];
}
