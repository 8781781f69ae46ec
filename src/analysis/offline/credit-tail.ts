// What may follow the credit at a sentence's end ("CLAUSE, police said …"): a time, a place, an apposition of
// the speaker, or the reporter's own tail ("…, as they pressed for a vote"); never a clause of the verb's own.
import { mentionAt, type Registry } from './entities.ts';
import { BODY_NOUNS, INDIRECT_CUES, TAKES_A_THING } from './lexicon.ts';
import { narrationAt } from './narration-tail.ts';
import { ARTICLES, DETERMINERS } from './noun-phrase.ts';
import { isReporterTail } from './report-medial.ts';
import { isPersonNoun, PARTY_TAG } from './speaker-like.ts';
import type { ParsedSpeaker } from './speaker-phrase.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

/** A comma, then the reporter's reason or a participle: "…, officials said Friday, as they …". */
export function reporterTailAt(tokens: Token[], at: number): boolean {
  if (WHEN_SAID.has(lowerOf(tokens[at]))) return true;
  return tokens[at]?.text === ',' && (isReporterTail(lowerOf(tokens[at + 1])) || narrationAt(tokens, at + 1));
}

/**
 * "…, its editor, Ada Brenner, said after the ministry disputed the account": a clause of when, right after the
 * verb, tells when the words were said, however long it runs; it is no clause of the verb's own.
 */
export const WHEN_SAID = new Set(['after', 'before', 'when', 'while', 'once', 'until', 'as']);

/**
 * How many words stand from `from` to the end of the credit's tail, counting no further than `most`. A semicolon
 * ends it: "…, analysts say; in 2012, Hale won 27 percent" goes on with the reporter's own clause.
 */
export function countWords(tokens: Token[], from: number, most: number): number {
  let count = 0;
  for (let k = from; k < tokens.length && count < most && tokens[k]?.text !== ';'; k++)
    if (isWord(tokens[k])) count++;
  return count;
}

/** After "…, X said," the clause goes on, unless a participle or the reporter's reason follows. */
export function continuesClause(tokens: Token[], at: number): boolean {
  const next = tokens[at];
  if (!next || !isWord(next)) return false;
  return !isReporterTail(lowerOf(next)) && !narrationAt(tokens, at);
}

/**
 * What follows an inverted credit's speaker and still describes them: an apposition ("said Ann Roe, an aide to
 * the mayor") or a relative clause that ends the sentence ("said an official who was briefed on the talks"), not
 * one a comma closes, where a clause goes on ("Roe, the host, said the aide who left, Bo Li, must go").
 */
export function describesSpeaker(tokens: Token[], at: number): boolean {
  if (tokens[at]?.text === ',') return true;
  return tokens[at]?.text === 'who' && tokens.slice(at).every((token) => token.text !== ',');
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

/**
 * "…, a spokeswoman, Dana Kiel, said.": the description the name follows belongs to the credit, not to the
 * words reported. The comma that opens it, or `comma` itself when the chunk before is no such description.
 */
export function descriptionBefore(tokens: Token[], comma: number): number {
  let open = comma - 1;
  while (open > 0 && tokens[open]?.text !== ',') open--;
  // "…, as one of them, Ana Ruiz, reported.": the "as" that frames the credit is the credit's too.
  if (open > 0 && lowerOf(tokens[open + 1]) === 'as' && comma - open <= 5) return open;
  if (open <= 0 || !DETERMINERS.has(lowerOf(tokens[open + 1]))) return comma;
  const head = lowerOf(tokens[comma - 1]);
  return comma - open <= 5 && (isPersonNoun(head) || BODY_NOUNS.has(head)) ? open : comma;
}

/**
 * From the end of a credit's speaker read after a comma to its verb: past an apposition ("Joseph Vance, who
 * defended the mayor, told …"), or over the comma of "…, a spokeswoman, Dana Kiel, said." when no more than a
 * listener, a time or a place follows the verb. Not in "…, after Ana Ruiz, a radio host, testified there": a
 * description after a name the clause before ends on describes that name (the credit, if any, is read at
 * the comma before it).
 */
export function skipApposition(
  tokens: Token[],
  parsed: ParsedSpeaker,
  comma: number,
  registry: Registry,
): number {
  const end = pastPartyTag(tokens, parsed.end);
  if (tokens[end]?.text !== ',') return end;
  if (INDIRECT_CUES.has(lowerOf(tokens[end + 1])) && shortTail(tokens, end + 2)) {
    const described = parsed.ref.kind === 'phrase' && DETERMINERS.has(lowerOf(tokens[comma + 1]));
    const named = mentionAt(registry, (tokens[comma - 1] as Token).start);
    return described && named ? end : end + 1;
  }
  for (let c = end + 1; c < tokens.length && c - end < 20; c++)
    if (tokens[c]?.text === ',' && INDIRECT_CUES.has(lowerOf(tokens[c + 1]))) return c + 1;
  return end;
}

/** "…, Rep. Ann Roe (D-Wis.) said": a party tag in brackets after the name belongs to the credit. */
function pastPartyTag(tokens: Token[], at: number): number {
  if (tokens[at]?.text !== '(') return at;
  const close = tokens.findIndex((t, k) => k > at && k <= at + 5 && t.text === ')');
  if (close < 0) return at;
  const tag = tokens
    .slice(at + 1, close)
    .map((t) => t.text)
    .join('');
  return PARTY_TAG.test(tag) ? close + 1 : at;
}

/** At most four words from `from` to the sentence's end, none after a comma ("told the Courier."), or a clause of when. */
function shortTail(tokens: Token[], from: number): boolean {
  if (WHEN_SAID.has(lowerOf(tokens[from]))) return true;
  for (let k = from; k < tokens.length; k++)
    if (k - from >= 4 || tokens[k]?.text === ',') return isFinal(tokens, k);
  return true;
}
function isFinal(tokens: Token[], k: number): boolean {
  return k >= tokens.length - 1 && !isWord(tokens[k]);
}
