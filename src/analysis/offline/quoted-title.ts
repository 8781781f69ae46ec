// Quote marks around a name rather than words someone said: a show ("Face the Nation"), a book, a film, an
// event ("Commander-in-Chief Forum"). Real copy is full of them right next to verbs of saying ("Brenner told
// Channel 4's “Harbour Hour” that …"), so the attribution rules would otherwise report them as quotes.
//
// Both tests are a conjunction of conditions, asked of every attributed quote. They ask the cheap and
// selective ones first (how many words, whether each opens with a capital), read word by word, so the usual
// quote, a sentence, is turned down at its first lower-case word before any pattern runs over its text.
import { skipSpaces, titleCaseWords } from '../../util/title-case.ts';
import { isSpaceCode } from '../../util/word-count.ts';
import { isUpperCase } from './upper-case.ts';

/**
 * Title case, short, not shouted and not a sentence: every word but the small ones capitalised, no
 * sentence punctuation inside, and at most a full stop at the end (copy puts the sentence's own stop inside
 * the marks: on “State of the Union.”).
 */
export function isQuotedTitle(quoted: string): boolean {
  const trimmed = quoted.trim();
  // “Yes,” she said — a comma or a mark at the end is the speaker's own punctuation.
  const last = trimmed.charCodeAt(trimmed.length - 1);
  if (last === COMMA || last === EXCLAMATION || last === QUESTION) return false;
  const text = last === FULL_STOP ? trimmed.slice(0, -1) : trimmed;
  // A book's subtitle makes a longer title: “Those Days Had All the Rain: Inside the World of Korvin”.
  // (The word test first: it turns a sentence down at its first lower-case word, the pattern reads it all.)
  if (!titleCaseWords(text, 8) && !(titleCaseWords(text, 16) && SUBTITLE.test(text))) return false;
  // “Nobody.” — one word with a full stop is an answer.
  if (text !== trimmed && !/\s/.test(trimmed)) return false;
  if (isUpperCase(text)) return false;
  // A subtitle after a colon stays a title ("The Harbour: Part II", "Big Hair: 20 Years of Sketches"); other inner
  // punctuation makes a sentence.
  return !/[.!?;:]/.test(text.replace(/\b\p{Lu}\./gu, '').replace(/:\s+(?=[\p{Lu}\p{N}])/gu, ' '));
}

const SUBTITLE = /\p{L}:\s+[\p{Lu}\p{N}]/u;
const COMMA = 44;
const EXCLAMATION = 33;
const QUESTION = 63;
const FULL_STOP = 46;

/** How many whitespace-separated words `text` has, counting no further than `limit`. */
function wordCountUpTo(text: string, limit: number): number {
  let count = 0;
  for (
    let start = skipSpaces(text, 0);
    start < text.length && count < limit;
    start = skipSpaces(text, start)
  ) {
    count++;
    while (start < text.length && !isSpaceCode(text.charCodeAt(start))) start++;
  }
  return count;
}

/**
 * A name after "on", "in", "from" or "of", perhaps with its owner, or after "told" (the listener: he told
 * “Morning Tarsa.”): said on “Outnumbered.”, a broadcast of
 * “Harbour Sunday,”, on Channel 4's “Harbour Hour”, on Korvin News channel’s “Harbour Sunday,”. One to four
 * words opening with a capital, or up to eight in title case (“The Late Show with Ada Brenner,”), and no comma
 * of a speaker's own: a show, a paper or a film, not words said.
 * `text` is the article and `open` the quote's opening mark: the 40 characters before it are sliced and read
 * last, as most quotes fail the cheaper tests.
 */
export function isNamedAfterPreposition(text: string, open: number, quoted: string): boolean {
  const show = SHOW_BEFORE.test(text.slice(Math.max(0, open - 16), open));
  if (!show && !mayFollowPreposition(text, open)) return false;
  const trimmed = quoted.trim();
  // The first character and a bound on the words first: `[.,]$` and `[,!?]` read the whole of a long quote.
  // (Dropping the final mark takes at most one word away: "Harbour Hour ." has two.)
  if (!OPENS_CAPITALISED.test(trimmed) || wordCountUpTo(trimmed, 10) > 9) return false;
  const last = trimmed.charCodeAt(trimmed.length - 1);
  const name = last === FULL_STOP || last === COMMA ? trimmed.slice(0, -1) : trimmed;
  const count = wordCountUpTo(name, 9);
  // Up to four words of any case, or a longer name in title case: on “The Late Show with Ada Brenner,”.
  if (count < 1 || (count > 4 && !titleCaseWords(name, 8)) || /[,!?]/.test(name)) return false;
  return show || NAMED_AFTER.test(text.slice(Math.max(0, open - 40), open).trimEnd());
}
/**
 * A noun for a show, a paper or a book right before the mark, or set off by a comma: "on the KTV Harbour
 * program “Tide Watch,”", "she wrote in her memoir, “Salt and Mercy,” that …".
 */
const SHOW_BEFORE =
  /\b(?:program|programme|show|podcast|series|broadcast|documentary|film|movie|book|memoir|autobiography|novel|column|newsletter|essay|album)\s*,?\s*$/i;
const OPENS_CAPITALISED = /^\p{Lu}/u;
// The owner may take up to three words: on Korvin News channel’s “Harbour Sunday,”; an owner ending in "s" may
// take the apostrophe alone: on Harbour News’ “Ferry Hour,”.
const NAMED_AFTER =
  /\b(?:on|in|from|of|told)(?:\s+\p{Lu}[\p{L}.&-]*(?:\s+[\p{L}.&-]+){0,2}(?:['’]s|s['’]))?\s*[“"]?$/iu;

/**
 * What the last pattern needs of the 40 characters before the mark, read back from it: past spaces and perhaps
 * another mark, the last letter of "on", "in", "from", "of" or of a possessive "’s" (or a case variant the
 * pattern's `iu` flags accept), or of "told", or the apostrophe of "News’". Most quotes follow "said," or "said:", and are turned down here, before their
 * words are trimmed and counted.
 */
function mayFollowPreposition(text: string, open: number): boolean {
  const floor = Math.max(0, open - 40);
  let k = open - 1;
  while (k >= floor && isSpaceCode(text.charCodeAt(k))) k--;
  if (k >= floor && (text[k] === '“' || text[k] === '"')) {
    k--;
    while (k >= floor && isSpaceCode(text.charCodeAt(k))) k--;
  }
  return k >= floor && PREPOSITION_ENDS.has(text[k] as string);
}
const PREPOSITION_ENDS = new Set(['n', 'N', 'm', 'M', 'f', 'F', 's', 'S', '\u017f', 'd', 'D', '’', "'"]);

/**
 * A heading, a subject line or a slogan named right before the mark: `a notice under the heading “spring
 * retreat.”`, `an e-mail with the subject line “conference call.”`. Words written on something, not said by
 * anyone; credited to the sentence's subject they read as its speech (an outlet's, in an editor's read).
 */
export function isLabel(text: string, open: number): boolean {
  return LABEL_BEFORE.test(text.slice(Math.max(0, open - 24), open));
}
const LABEL_BEFORE = /\b(?:heading|headline|subject line|titled|entitled|caption|hashtag|slogan)\s*,?\s*$/i;
