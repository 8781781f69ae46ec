// Where a group's phrase starts when read back from its noun. "Most of the captains said", "Both of the unions
// say": a share of a group speaks as the group. Read back from "the captains", the "of" before it made the
// phrase a preposition's object, and no report was found. "None of the pilots said" is no one saying it: left
// as it was; a share ("Nearly half of voters said") speaks as its group. "Current and former officials said",
// "Harbour and Treasury officials said": two words joined by "and" describe one group, which was shown as
// "former officials". A share standing alone ("22 percent said") speaks too, figure and all.
import { DETERMINERS } from './noun-phrase.ts';
import { countedAt, isCount, isShare, isShareLead, PARTITIVES, tenthsEndingAt } from './phrase-head.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

const STATES = new Set(['current', 'former', 'past', 'present', 'retired', 'serving', 'active']);

/**
 * "current and former officials", "State and federal officials", "Harbour and Treasury officials": two words
 * joined by "and" before one noun describe one group. Each a state, or each capitalised or an adjective, with
 * nothing before the first but a determiner or the clause's edge.
 */
function joinedDescriptions(tokens: Token[], from: number, lo: number): boolean {
  const first = tokens[from - 2];
  const second = tokens[from];
  if (STATES.has(lowerOf(first)) && STATES.has(lowerOf(second))) return true;
  const edge = from - 3 < lo || !isWord(tokens[from - 3]) || DETERMINERS.has(lowerOf(tokens[from - 3]));
  return edge && describes(first) && describes(second) && isWord(tokens[from + 1]);
}
/** A word that may describe a noun: capitalised ("Treasury") or with an adjective's ending ("federal"). */
function describes(token: Token | undefined): boolean {
  return (
    /^\p{Lu}\p{Ll}+$/u.test(token?.text ?? '') ||
    /^\p{Ll}+(?:al|ic|ive|ous|ern|ish|ian|an)$/u.test(token?.text ?? '')
  );
}

/** Where a phrase starting at `from` starts once "current and" or "most of" before it is taken in. */
export function groupShareStart(tokens: Token[], from: number, lo: number): number {
  if (lowerOf(tokens[from - 1]) === 'and' && from - 2 >= lo && joinedDescriptions(tokens, from, lo))
    return from - 2;
  const share = lowerOf(tokens[from - 2]);
  if (lowerOf(tokens[from - 1]) !== 'of' || from - 2 < lo || share === 'none') return from;
  return PARTITIVES.has(share) || share === 'both' ? from - 2 : from;
}

/**
 * Where a phrase that a share opens starts, however the reader stopped inside it: at the group after "of" ("the
 * voters" of "half of the voters"), at "of" ("32% of voters": a sign or a figure ends the reading) or at the
 * share ("percent of voters"); each read alone was a preposition's object and no speaker. The share and what
 * measures it ("Nearly a third of …", "More than 40 percent of …"); -1 when the share is a verb's object: no
 * speaker, rather than one without its figure.
 */
export function shareStart(tokens: Token[], from: number, lo: number): number {
  let start = from;
  // "Six in 10 Virginia voters said", "four out of 10 voters": the share stands before the group with no "of".
  const tenths = tenthsEndingAt(tokens, start - 1);
  if (tenths >= 0) start = tenths;
  else if (lowerOf(tokens[start - 1]) === 'of' && isShare(tokens[start - 2])) start -= 2;
  else if (lowerOf(tokens[start]) === 'of' && isShare(tokens[start - 1])) start--;
  else if (!(isShare(tokens[start]) && lowerOf(tokens[start + 1]) === 'of')) return from;
  while (start - 1 >= lo && isShareLead(tokens[start - 1])) start--;
  return start < lo ? from : afterVerb(tokens, start) ? -1 : start;
}

/**
 * Where a share standing alone starts when a speaker phrase ends on it at `k`: "22 percent said", "Almost half
 * said", "About four in 10 said", past what measures it. -1 when tokens[k] ends no such share, or when the share
 * is a verb's object ("won 52 percent").
 */
export function bareShareStart(tokens: Token[], k: number, lo: number): number {
  let start = k;
  const tenths = tenthsEndingAt(tokens, k);
  if (tenths >= 0) start = tenths;
  else if (!isShare(tokens[k])) return -1;
  while (start - 1 >= lo && (isShareLead(tokens[start - 1]) || isCount(tokens[start - 1]))) start--;
  return start < lo || afterVerb(tokens, start) ? -1 : start;
}
/** "The council rated 32% of the party's claims as …": after a verb, a share is its object. */
function afterVerb(tokens: Token[], start: number): boolean {
  const before = tokens[start - 1];
  return start > 0 && isWord(before) && !OPENS_SUBJECT.has(lowerOf(before));
}
const OPENS_SUBJECT = new Set(['and', 'but', 'that', 'while', 'as', 'because', 'although', 'though']);

/** Whether tokens[from..to] open with a share of a group: "nearly half of Democrats", "most of the captains". */
export function opensWithShare(tokens: Token[], from: number, to: number): boolean {
  const k = countedAt(tokens, from, to);
  // "many of you have noted …": a share of the reader or of "them" names no one.
  return k >= 0 && k + 1 < to && !UNNAMED.has(lowerOf(tokens[k + 2]));
}
const UNNAMED = new Set(['you', 'them', 'us', 'whom', 'which']);
