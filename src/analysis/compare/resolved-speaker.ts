// Whether a speaker is resolved well enough to stand on one side of an attribution flag. A flag saying that
// two sources give the same words to different people is only as good as both names: a weekday ("Friday"),
// a month ("Dec"), a cut-off name ("Carolyn B"), a party label ("Democrat") or a description ("world
// football's governing body", which may well be the very body the other source names) is no one to set
// against a name.
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../offline/lexicon.ts';
import { sameSpeaker } from './text-similarity.ts';

const CALENDAR = new Set([...WEEKDAYS, ...MONTHS, ...MONTH_ABBREVIATIONS, 'today', 'yesterday', 'tomorrow']);

const NOT_A_SPEAKER = new Set([
  ...CALENDAR,
  'democrat',
  'democrats',
  'republican',
  'republicans',
  'amendment',
  'constitution',
  'statement',
  'report',
  'just',
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
]);

/** Words that start a sentence or a clause, not a name ("But Trump's", "On Thursday"). */
const FUNCTION_WORDS = new Set([
  'but',
  'and',
  'or',
  'on',
  'in',
  'at',
  'the',
  'a',
  'an',
  'when',
  'while',
  'if',
  'as',
  'after',
  'before',
  'since',
  'for',
  'with',
  'by',
  'from',
  'this',
  'that',
  'these',
  'those',
  'senior',
  'former',
]);

/**
 * A name written as a name: every word capitalised (particles such as "al-", "de", "bin" aside), no word a
 * weekday, a month or a clause opener, the last word more than an initial.
 */
export function isResolvedSpeaker(speaker: string): boolean {
  const words = speaker
    .replace(/[’']s$/u, '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 5) return false;
  const last = words.at(-1) as string;
  if (last.replace(/\./g, '').length < 2) return false;
  for (const word of words) {
    const bare = word.replace(/[.,]/g, '').toLowerCase();
    if (NOT_A_SPEAKER.has(bare) || FUNCTION_WORDS.has(bare)) return false;
    if (/^(?:al|el|de|da|di|van|von|bin|ibn|der|la|le)(?:-|$)/.test(word)) continue;
    if (!/^\p{Lu}/u.test(word)) return false;
  }
  return true;
}

export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}

/** Weekdays, months (and their short forms), "today": words that look like names in a capitalised run. */
export function isCalendarWord(word: string): boolean {
  return CALENDAR.has(word.replace(/\.$/, '').toLowerCase());
}

/** Two quotes may be one speaker's: unless both name someone, and not the same person. */
export function mayBeOneSpeaker(x: string, y: string): boolean {
  return !isResolvedSpeaker(x) || !isResolvedSpeaker(y) || sameSpeaker(x, y);
}
