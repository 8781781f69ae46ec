// Months and weekdays never join a name, but four months are also people's names: "Prime Minister Theresa May",
// "Mrs. May", and then "May said" alone. Read as a date, the prime minister was "Theresa" and her words after
// "May said" were no one's (an editor's read of a 2016 summit story). A month goes on a name only right after a
// known given name or a title, and stands alone only before a verb of saying; never before a day's number.
import { MONTHS, TITLE_WORDS, WEEKDAYS } from './lexicon.ts';
import { TITLE_ABBREVIATIONS } from './name-dots.ts';
import { isKnownGivenName } from './person-name-check.ts';
import { isWord, lowerOf, stripPossessive, type Token } from './tokens.ts';

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
 * How the calendar word at `i` reads: as a name going on the name before it, a given name or a title ("Theresa
 * May", "Mrs. May"); as a name of its own opening a clause before a verb of saying ("May said", "Later May told
 * reporters", "…, and May said"); or as a date: always before a number ("May 5") or after a preposition or a
 * number ("the governor in May said", "On 4 May said").
 */
export function monthAsName(tokens: Token[], i: number): 'join' | 'alone' | 'date' {
  if (!NAME_MONTHS.has(lowerOf(tokens[i]))) return 'date';
  const next = tokens[i + 1];
  if (next && /^\d/.test(next.text)) return 'date';
  const previous = tokens[i - 1];
  // "Mrs. May": the title before its dot.
  const named = previous?.text === '.' ? tokens[i - 2] : previous;
  const word = lowerOf(named);
  if (named && (TITLE_WORDS.has(word) || TITLE_ABBREVIATIONS.has(word) || isKnownGivenName(named.text)))
    return 'join';
  // Not the last of a list of months or days: "Reports published in April and May said …".
  const listed = (lowerOf(previous) === 'and' || lowerOf(previous) === 'or') && isDateWord(tokens[i - 2]);
  const opens =
    previous === undefined || !isWord(previous) || (CLAUSE_OPENERS.has(lowerOf(previous)) && !listed);
  return opens && next !== undefined && SAYS_AFTER.has(next.text) ? 'alone' : 'date';
}
/** A month, a weekday or a number: what a list of dates holds ("April and May", "4 and 5 May"). */
function isDateWord(token: Token | undefined): boolean {
  return token !== undefined && (CALENDAR_WORDS.has(lowerOf(token)) || /^\d/.test(token.text));
}
/** What may stand right before a subject that opens a clause: "and May said", "Later May told". */
const CLAUSE_OPENERS = new Set(['and', 'but', 'yet', 'then', 'later', 'also', 'so']);

/** A month read as a name that no one in the story bears ("May said" with no one named May): no one's name. */
export function isLoneMonth(token: Token): boolean {
  return NAME_MONTHS.has(lowerOf(token));
}

/**
 * "May" as a name where the modal verb cannot stand: after a given name or a title ("Theresa May", "Mrs. May"), or
 * opening a clause before a verb of saying ("May said"); read as monthAsName reads it.
 */
export function isNameMay(tokens: Token[], k: number): boolean {
  return tokens[k]?.text === 'May' && monthAsName(tokens, k) !== 'date';
}
