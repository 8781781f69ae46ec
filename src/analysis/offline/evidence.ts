// The evidence string for a fact: an exact slice of the article — the sentence, or for a long sentence the
// comma-bounded clause around the point of interest — so grounding finds it verbatim and a reader sees
// the source's own words.

import { countWords, isSpaceCode } from '../../util/word-count.ts';
import { trimClauseEnd } from './clause-end.ts';
import { type Sentence, sentenceAt, type TextModel } from './sentences.ts';

/** Sentences longer than this many words are cut down to the clause. */
const LONG_SENTENCE_WORDS = 35;
/** A clause shorter than this is widened to its neighbours: "and 23 injured" says too little. */
const MIN_CLAUSE_WORDS = 6;

/**
 * `clause: true` always narrows to the clause: a figure's evidence should hold that figure and as few others
 * as possible, because the comparison reads every figure in it.
 */
export function evidenceFor(
  model: TextModel,
  sentence: Sentence,
  start: number,
  end: number,
  options: { clause?: boolean } = {},
): string {
  // The whole sentence is read only where it may be the answer: a figure's evidence is always its clause.
  if (!options.clause) {
    const text = model.text.slice(sentence.start, sentence.end).trim();
    if (countWords(text) <= LONG_SENTENCE_WORDS) return trimEnd(text);
  }
  let from = start;
  let to = end;
  do {
    const left = clauseComma(model.text, from - 1, -1, sentence.start, sentence.end);
    const right = clauseComma(model.text, to, 1, sentence.start, sentence.end);
    const nextFrom = left >= sentence.start ? left + 1 : sentence.start;
    const nextTo = right >= 0 && right < sentence.end ? right : sentence.end;
    if (nextFrom === from && nextTo === to) break;
    from = nextFrom;
    to = nextTo;
    if (hasWordsIn(model.text, from, to, MIN_CLAUSE_WORDS)) break;
    from = Math.max(sentence.start, from - 1);
    to = Math.min(sentence.end, to + 1);
  } while (from > sentence.start || to < sentence.end);
  return trimEnd(model.text.slice(from, to).trim());
}

export function sentenceOfOffset(model: TextModel, offset: number): Sentence | undefined {
  return sentenceAt(model, offset);
}

/**
 * The next comma from `at` in `step` direction that separates clauses, or -1. A comma between digits is part
 * of a number ("1,400"): cutting there left evidence ending "…7,326 Palestinians and 1". Only the sentence
 * [from, to) is read: the caller takes a comma outside it for none, and a sentence without one sent the
 * search on to the article's end. Read by character code: no one-character string, no pattern per comma.
 */
function clauseComma(text: string, at: number, step: 1 | -1, from: number, to: number): number {
  for (let i = at; i >= from && i < to; i += step) {
    if (text.charCodeAt(i) !== 44) continue;
    if (isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1))) continue;
    return i;
  }
  return -1;
}

/**
 * `countWords(text.slice(from, to)) >= count`, without the slice, and stopping at the count-th word: the clause
 * is widened a comma at a time and only needs to be known long enough.
 */
function hasWordsIn(text: string, from: number, to: number, count: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord && ++words >= count) return true;
    inWord = !space;
  }
  return false;
}

/** `/\d/` of one character; NaN (no character there) is none. */
function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function trimEnd(text: string): string {
  return trimClauseEnd(text);
}
