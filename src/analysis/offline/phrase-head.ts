// The parts of a speaker phrase around its head noun: where the head is ("one of those advisers", "a
// spokeswoman for the coastguard"), the adjectives that describe a source by whom it is close to ("a source
// close to the campaign"), and the typed dash that opens an aside. Kept apart from speaker-phrase.ts, which
// reads the phrase's extent.
import { ASKED_PARTICIPLES } from './lexicon.ts';
import { isParticiple } from './participle.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

/** Prepositions that end the head of a phrase: "a spokeswoman for the coastguard", "critics on the left". */
export const PP_HEADS = new Set([
  'of',
  'for',
  'to',
  'at',
  'near',
  'in',
  'on',
  'from',
  'with',
  'within',
  'inside',
]);

/**
 * Adjectives that carry a description of who a source is: "a source close to the campaign", "an official
 * familiar with the talks", "sources privy to the talks", "aides loyal to her", "the clerk known as Tomas".
 * The phrase goes on through them and their preposition, and its head is the noun before them.
 */
const POSTMODIFIERS = new Set([
  'close',
  'familiar',
  'known',
  'connected',
  'briefed',
  'knowledgeable',
  'involved',
  'privy',
  'loyal',
  // "voters interviewed at the rally", "residents reached by phone": how a group was asked describes it too.
  ...ASKED_PARTICIPLES,
  // "an official speaking on condition of anonymity", "a diplomat talking to reporters": how a source spoke.
  'speaking',
  'talking',
]);
export const POSTMODIFIER_LINKS = new Set([
  'to',
  'with',
  'as',
  'on',
  'about',
  'in',
  'at',
  'by',
  'outside',
  'after',
]);
/** Counting words before "of": "one of those advisers" is headed by "advisers". */
const PLACE_ADVERBS = new Set(['here', 'there']);
export const PARTITIVES = new Set([
  'one',
  'some',
  'many',
  'most',
  'several',
  'two',
  'three',
  'none',
  'each',
  'all',
]);
/** "half", "a third", "majorities", "40 percent", "32%": a share of a group, which speaks as the group does. */
export function isShare(token: Token | undefined): boolean {
  return SHARES.has(lowerOf(token));
}

/** What may stand before a share: "nearly", "more than", "a", a figure, a count in words ("Sixty-seven percent"). */
export function isShareLead(token: Token | undefined): boolean {
  return SHARE_LEADS.has(lowerOf(token)) || isCount(token);
}

const SHARES = new Set(
  'half third thirds quarter quarters fifth fifths majority majorities minority plurality number handful percent %'.split(
    ' ',
  ),
);
/** A share and its "of" anywhere in a phrase's text: "more than 40 percent of dockers", "a handful of …". */
export const SHARE_OF = new RegExp(`(?:${[...SHARES].join('|')})\\s+of\\s`, 'i');
/** "some 20 percent", "as many as 30 percent", "up to 40 percent", "a growing number", "a slim majority". */
const SHARE_LEADS = new Set(
  `a the some nearly almost about roughly around more less fewer than over under just only as many up to growing
  small large slim bare narrow`.split(/\s+/),
);

/**
 * Where the word that counts a group stands when tokens[from..to] open with one and its "of" ("one of those
 * advisers", "nearly a third of voters", "both of the unions"), past what measures it; -1 when they do not. A lead
 * word that is itself the count stops the reading ("some of the captains").
 */
export function countedAt(tokens: Token[], from: number, to: number): number {
  let k = from;
  while (k < to && isShareLead(tokens[k]) && lowerOf(tokens[k + 1]) !== 'of') k++;
  const word = lowerOf(tokens[k]);
  const counts = isShare(tokens[k]) || PARTITIVES.has(word) || word === 'both';
  return counts && k < to && lowerOf(tokens[k + 1]) === 'of' ? k : -1;
}

/**
 * How many tokens "six in 10" or "four out of 10" takes at tokens[k]: a count, "in" or "out of", then "10" or "ten",
 * a share with no "of"; 0 when none starts there.
 */
export function tenthsLength(tokens: Token[], k: number): number {
  if (!isCount(tokens[k])) return 0;
  const link = lowerOf(tokens[k + 1]);
  if (link === 'in') return TENS.has(lowerOf(tokens[k + 2])) ? 3 : 0;
  return link === 'out' && lowerOf(tokens[k + 2]) === 'of' && TENS.has(lowerOf(tokens[k + 3])) ? 4 : 0;
}
const TENTHS_LINKS = new Set(['in', 'out']);

/** Where a share of tenths ending on tokens[end] ("10") starts, or -1. */
export function tenthsEndingAt(tokens: Token[], end: number): number {
  if (tenthsLength(tokens, end - 2) === 3) return end - 2;
  return tenthsLength(tokens, end - 3) === 4 ? end - 3 : -1;
}
const TENS = new Set(['10', 'ten']);
const COUNTS = new Set(
  'one two three four five six seven eight nine ten twenty thirty forty fifty sixty seventy eighty ninety'.split(
    ' ',
  ),
);
/** "74", "four", "twenty-four": a count in figures or words. */
export function isCount(token: Token | undefined): boolean {
  const word = lowerOf(token);
  return /^\d[\d.,]*$/.test(word) || COUNTS.has(word) || COUNTS.has(word.split('-')[0] ?? '');
}

/** "close" in "a source close to the campaign": a postmodifier with its preposition after it. */
export function isPostmodifier(tokens: Token[], k: number): boolean {
  return (
    POSTMODIFIERS.has(lowerOf(tokens[k])) &&
    POSTMODIFIER_LINKS.has(lowerOf(tokens[k + 1])) &&
    isWord(tokens[k + 2]) &&
    !(HOW_SPOKEN.has(lowerOf(tokens[k])) && verbBefore(tokens, k))
  );
}
/** The -ing forms that say how a source spoke: "an official speaking on condition of anonymity". */
export const HOW_SPOKEN = new Set(['speaking', 'talking']);
/** What makes the -ing form a verb, not a postmodifier: "who was talking to the boy", "who speaking …". */
export const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'am', 'who', 'that']);
/** What may stand between such a word and the -ing form: "was later talking", "are not speaking". */
export const ADVERBS_BEFORE = new Set(['not', 'also', 'later', 'still', 'now', 'never', 'just', 'already']);
/** A form of "be" (or "who's") before the -ing form, past adverbs and "not": "who was later talking to police". */
function verbBefore(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
    const word = lowerOf(tokens[j]);
    if (BE_FORMS.has(word) || /['’]s$/.test(word)) return true;
    if (!word.endsWith('ly') && !ADVERBS_BEFORE.has(word)) return false;
  }
  return false;
}

/** `from` moved back over a postmodifier and its link ("familiar with"), when they stand right before it. */
export function backOverPostmodifier(tokens: Token[], from: number, lo: number): number {
  return from - 2 >= lo && isPostmodifier(tokens, from - 2) ? from - 2 : from;
}

/**
 * "a source close to Brandt" is not Brandt, but "the clerk known as Tomas" is Tomas. Nor are "critics blasting
 * Brandt" or "voters embracing Reyes": the name is the participle's object.
 */
export function describesOthers(tokens: Token[], k: number): boolean {
  if (isPostmodifier(tokens, k)) return lowerOf(tokens[k]) !== 'known';
  const next = tokens[k + 1];
  return (
    /^\p{Ll}/u.test(tokens[k]?.text ?? '') &&
    /^\p{Lu}/u.test(next?.text ?? '') &&
    isParticiple(lowerOf(tokens[k]), lowerOf(next))
  );
}

/** Where a postmodifier that describes others stands in the phrase, or -1. */
export function postmodifierIn(tokens: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) if (describesOthers(tokens, k)) return k;
  return -1;
}

/** The head noun: the last word before a preposition ("spokeswoman" in "a spokeswoman for the coastguard"). */
export function headOf(tokens: Token[], from: number, to: number): string {
  let start = from;
  // "one of those advisers", "nearly a third of voters": the noun counted, not the count.
  const counted = countedAt(tokens, from, to);
  if (counted >= 0 && counted + 2 <= to) start = counted + 2;
  // "nearly six in 10 voters": the noun after the share, which has no "of".
  let count = from;
  while (count < to && isShareLead(tokens[count]) && !TENTHS_LINKS.has(lowerOf(tokens[count + 1]))) count++;
  const tenths = tenthsLength(tokens, count);
  if (tenths > 0 && count + tenths <= to) start = count + tenths;
  let head = lowerOf(tokens[start]);
  for (let k = start; k <= to; k++) {
    const word = lowerOf(tokens[k]);
    // "Her campaign workers here said": the place adverb after the noun is no head.
    if (PP_HEADS.has(word) || isPostmodifier(tokens, k) || (k > start && PLACE_ADVERBS.has(word))) break;
    // "voters interviewed outside", not "those surveyed", whose head the participle is.
    if (k > start && ASKED_PARTICIPLES.has(word) && lowerOf(tokens[k - 1]) !== 'those') break;
    head = word;
  }
  return head;
}

/**
 * "-- including the Harbour Weekly, which estimated", "- addressed to Tomas Reyes - the mayor asks": two
 * hyphens, or one between spaces, are a typed dash and close an aside, though the tokeniser keeps no token
 * for them; the phrase starts after the last one. Some sites glue the dash to the next word ("the forum in
 * Korvin -Ms. Brandt said"): a hyphen after a space and before a letter joins no compound, so it is one too.
 */
export function afterTypedDash(tokens: Token[], from: number, to: number, text: string): number {
  // Read within the phrase only: lastIndexOf over the whole text went back to its start at every phrase.
  const start = (tokens[from] as Token).start;
  const phrase = text.slice(start, (tokens[to] as Token).start);
  const found = Math.max(phrase.lastIndexOf('--'), phrase.lastIndexOf(' - '), lastGluedDash(phrase));
  if (found < 0) return from;
  const cut = start + found;
  let k = from;
  while (k < to && (tokens[k] as Token).start < cut) k++;
  return k;
}

/** Where the last " -X" stands in the phrase (its space), or -1. */
function lastGluedDash(phrase: string): number {
  let found = -1;
  for (let at = phrase.indexOf(' -'); at >= 0; at = phrase.indexOf(' -', at + 1))
    if (/\p{L}/u.test(phrase[at + 2] ?? '')) found = at;
  return found;
}
