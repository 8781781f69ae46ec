// "an economist at the University of California, Berkeley", "a professor at California State University, Long
// Beach": a university's campus follows its name after a comma. A role cut at that comma names the whole
// system, not the campus the speaker works at; a speaker read back from the verb ("X of the University of
// California, Davis, said") was the campus itself.
import { wordLexicon } from './compromise-lexicon.ts';
import { MONTHS, WEEKDAYS } from './lexicon.ts';
import { isKnownGivenName } from './person-name-check.ts';
import { isCapitalised, lowerOf, type Token } from './tokens.ts';

const CLOSING_MARKS = new Set([',', '.', ';', ':', ')']);

/**
 * The last token of the campus after the comma at `comma`, when the words before the comma end a university's
 * name ("University of California", "State University") and one to three capitalised words follow it up to a
 * closing mark or `to`; -1 otherwise. A given name opening the words is someone named after the role.
 */
export function campusEnd(tokens: Token[], from: number, comma: number, to: number): number {
  const k = universityAt(tokens, from, comma);
  if (k < 0 || (k === comma - 1 && lowerOf(tokens[k - 1]) === 'the')) return -1;
  const first = tokens[comma + 1];
  if (!first || wordLexicon().given.has(lowerOf(first))) return -1;
  for (let end = comma + 1; end <= Math.min(to, comma + 3); end++) {
    const word = tokens[end];
    const text = word?.text ?? '';
    if (!CAMPUS_WORD.test(text) || WEEKDAYS.has(lowerOf(word)) || MONTHS.includes(lowerOf(word))) return -1;
    const next = tokens[end + 1];
    // A lone short word before its dot is an abbreviation ("Inc.", "Nov.", "Ph.D."), no campus.
    if (end === comma + 1 && (word?.text.length ?? 0) < 4 && next?.text === '.') return -1;
    if (end === to || !next || CLOSING_MARKS.has(next.text)) return end;
  }
  return -1;
}
/** A campus's word: a capital, then lower-case letters ("Berkeley", "Long Beach"); not "NPR", "Monday" below. */
const CAMPUS_WORD = /^\p{Lu}\p{Ll}+$/u;

/** The index of "University" ending the name before the comma ("University of California"), or -1. */
function universityAt(tokens: Token[], from: number, comma: number): number {
  for (let k = comma - 1; k > from; k--) {
    if (tokens[k]?.text === 'University') return k;
    if (!isCapitalised(tokens[k]?.text ?? '') && lowerOf(tokens[k]) !== 'of') return -1;
  }
  return -1;
}

/**
 * The last word of a university's name when its campus ends at tokens[k], or just before a comma there ("California"
 * for "… of California, Berkeley" and "… of California, Berkeley,"); `k` otherwise.
 */
export function beforeCampus(tokens: Token[], k: number, lo: number): number {
  const end = tokens[k]?.text === ',' ? k - 1 : k;
  for (let comma = end - 1; comma >= Math.max(lo + 1, end - 3); comma--) {
    if (tokens[comma]?.text !== ',') continue;
    if (campusEnd(tokens, lo, comma, end) !== end) return k;
    return namedBeforeUniversity(tokens, universityAt(tokens, lo, comma), lo) ? comma - 1 : k;
  }
  return k;
}

/**
 * "Paul Oden of the University of California, | Davis argue": the phrase before "of" or "at" the university names
 * the clause's subject, opening on a known given name at the clause's start (the sentence's, or after a comma).
 * "Speaking at Lakeside University, | Okafor said", "Unlike Ana Ruiz at Lakeside University, | Okafor says" open
 * the sentence on a place or a contrast: the word after the comma is the speaker, no campus.
 */
function namedBeforeUniversity(tokens: Token[], university: number, lo: number): boolean {
  let k = university - 1;
  while (k > lo && (isCapitalised(tokens[k]?.text ?? '') || lowerOf(tokens[k]) === 'the')) k--;
  const link = lowerOf(tokens[k]);
  if (link !== 'of' && link !== 'at') return false;
  // Back over the names before the link: capitalised words, initials and their dots, "and" between names.
  let first = k - 1;
  while (first - 1 >= lo && NAME_PART.test(tokens[first - 1]?.text ?? '')) first--;
  const before = tokens[first - 1];
  return (first === lo || before?.text === ',') && isKnownGivenName(tokens[first]?.text ?? '');
}
const NAME_PART = /^(?:\p{Lu}[\p{L}'’-]*|\.|and)$/u;

/** Whether the mention starting at `start` is a campus after its university's comma ("…of California, | Davis"). */
export function isCampusAt(tokens: Token[], start: number): boolean {
  const at = tokens.findIndex((token) => token.start === start);
  if (at < 2 || tokens[at - 1]?.text !== ',') return false;
  for (let end = at; end < at + 3; end++) if (campusEnd(tokens, 0, at - 1, end) === end) return true;
  return false;
}
