// What may follow the credit at a sentence's end ("CLAUSE, police said …"): a time, a place, an apposition of
// the speaker, or the reporter's own tail ("…, as they pressed for a vote"); never a clause of the verb's own.
import { TAKES_A_THING } from './lexicon.ts';
import { narrationAt } from './narration-tail.ts';
import { ARTICLES } from './noun-phrase.ts';
import { isReporterTail } from './report-medial.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

/** A comma, then the reporter's reason or a participle: "…, officials said Friday, as they …". */
export function reporterTailAt(tokens: Token[], at: number): boolean {
  return tokens[at]?.text === ',' && (isReporterTail(lowerOf(tokens[at + 1])) || narrationAt(tokens, at + 1));
}

/** How many words stand from `from` to the end, counting no further than `most`. */
export function countWords(tokens: Token[], from: number, most: number): number {
  let count = 0;
  for (let k = from; k < tokens.length && count < most; k++) if (isWord(tokens[k])) count++;
  return count;
}

/** After "…, X said," the clause goes on, unless a participle or the reporter's reason follows. */
export function continuesClause(tokens: Token[], at: number): boolean {
  const next = tokens[at];
  if (!next || !isWord(next)) return false;
  return !isReporterTail(lowerOf(next)) && !narrationAt(tokens, at);
}

/** What may follow an inverted credit ("…, said Ann Roe"): the sentence end, an apposition, a time or place. */
export function endsCredit(tokens: Token[], end: number): boolean {
  const next = tokens[end];
  if (!next || !isWord(next)) return true;
  return CREDIT_TAILS.has(lowerOf(next));
}
// "…, said Ann Roe, a lawyer for the union", "…, said Ann Roe, an adviser to the family who …".
const CREDIT_TAILS = new Set(
  'in on at during after before last this earlier later today yesterday tonight when while who as for of to with from'.split(
    ' ',
  ),
);

/**
 * "In a response after the release, Buck said just that.": the verb's object is a word standing for words said
 * elsewhere, so what came before the credit is no report of it.
 */
export function saidSoAt(tokens: Token[], at: number): boolean {
  const k = lowerOf(tokens[at]) === 'just' ? at + 1 : at;
  return SAID_SO.has(lowerOf(tokens[k])) && !isWord(tokens[k + 1]);
}
const SAID_SO = new Set(['so', 'that', 'this', 'as', 'much']);

/**
 * "…, Reyes officially claimed the nomination": a verb that takes a thing, with one, credits nothing; nor does
 * one that reports a clause of its own ("…, she kept saying that the vote would go ahead"). `i` is the
 * word after the verb.
 */
export function creditsNothing(tokens: Token[], i: number, cue: string): boolean {
  if (TAKES_A_THING.has(cue) && ARTICLES.has(lowerOf(tokens[i]))) return true;
  return lowerOf(tokens[i]) === 'that' && !TIME_NOUNS.test(tokens[i + 1]?.text ?? '');
}
const TIME_NOUNS = /^(?:day|night|week|morning|afternoon|evening|year|month|time)$/i;
