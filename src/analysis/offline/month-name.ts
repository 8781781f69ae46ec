// Months and weekdays never join a name, but four months are also people's names: "Prime Minister Theresa May",
// "Mrs. May", and then "May said" alone. Read as a date, the prime minister was "Theresa" and her words after
// "May said" were no one's (an editor's read of a 2016 summit story). A month goes on a name only right after a
// known given name or a title, and stands alone only before a verb of saying; never before a day's number.
import { MONTHS, TITLE_WORDS, WEEKDAYS } from './lexicon.ts';
import { TITLE_ABBREVIATIONS } from './name-dots.ts';
import { isKnownGivenName } from './person-name-check.ts';
import { lowerOf, stripPossessive, type Token } from './tokens.ts';

/** Months and weekdays in one set: one look-up for every capitalised word. */
const CALENDAR_WORDS = new Set([...MONTHS, ...WEEKDAYS]);
/** The months people are named: given names ("June Carter") and surnames ("Theresa May"). */
const NAME_MONTHS = new Set(['april', 'may', 'june', 'august']);
/** "May said", "May told reporters": what a month never does and a person named May does. */
const SAYS_AFTER = new Set(
  'said says told tells added adds wrote writes asked asks noted argued insisted warned replied responded'.split(
    ' ',
  ),
);

/**
 * A month or weekday name, whatever its case: `text.toLowerCase()` in the lists. A possessive ("March’s")
 * never is one; any other token's lowerOf is exactly its lower case, already made.
 */
export function isCalendarWord(token: Token): boolean {
  if (stripPossessive(token.text) !== token.text) return false;
  return CALENDAR_WORDS.has(lowerOf(token));
}

/**
 * How the calendar word at `i` reads: as a name going on the run before it, whose last word is `previous` (a given
 * name or a title: "Theresa May", "Mrs. May"); as a name of its own before a verb of saying ("Later May told
 * reporters"); or as a date, always before a number ("May 5", "June 2016").
 */
export function monthAsName(
  tokens: Token[],
  i: number,
  previous: Token | undefined,
): 'join' | 'alone' | 'date' {
  if (!NAME_MONTHS.has(lowerOf(tokens[i]))) return 'date';
  const next = tokens[i + 1];
  if (next && /^\d/.test(next.text)) return 'date';
  const word = previous ? lowerOf(previous) : '';
  if (previous && (TITLE_WORDS.has(word) || TITLE_ABBREVIATIONS.has(word) || isKnownGivenName(previous.text)))
    return 'join';
  return next !== undefined && SAYS_AFTER.has(next.text) ? 'alone' : 'date';
}

/** A month read as a name that no one in the story bears ("May said" with no one named May): no one's name. */
export function isLoneMonth(token: Token): boolean {
  return NAME_MONTHS.has(lowerOf(token));
}

/**
 * "May" as a name where the modal verb cannot stand: capitalised inside a phrase ("Theresa May", "Mrs. May"), or
 * opening one before a verb of saying ("May said"). Capitalised mid-sentence, the verb is only a headline's.
 */
export function isNameMay(tokens: Token[], k: number): boolean {
  const token = tokens[k] as Token;
  if (token.text !== 'May') return false;
  const previous = tokens[k - 1];
  if (previous && /^[\p{L}.]/u.test(previous.text)) return !/^\d/.test(tokens[k + 1]?.text ?? '');
  return SAYS_AFTER.has(tokens[k + 1]?.text ?? '');
}
