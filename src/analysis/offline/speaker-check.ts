// The last gate before a speaker reaches a fact sheet: a speaker is a person, a body or a description of
// one, never a place ("Tel Aviv", a "MOSCOW" dateline, "the United States"), a day ("Thursday"), a bare
// title ("Rev"), a lone function word ("an") or a fragment of a clause ("California Democrat spoke
// briefly"). Our rules find the phrase; compromise's lexicon, which knows far more places and verb forms
// than any list we would keep, tells what its words are (see compromise-lexicon.ts).

import { isSpaceCode } from '../../util/word-count.ts';
import { type WordLexicon, wordLexicon } from './compromise-lexicon.ts';
import { uncontracted } from './contracted-pronoun.ts';
import { initialsSpeak } from './initials-speaker.ts';
import { letterWordEnd, letterWordStart } from './letter-words.ts';
import { CUE_VERBS, MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from './lexicon.ts';
import {
  irregularPast,
  isSubjectAdverb,
  pluralSubject,
  presentAfterNoun,
  verbAfter,
  verbAfterPronoun,
} from './missing-verbs.ts';
import { TITLE_ABBREVIATIONS } from './name-dots.ts';
import { presentAfterName } from './named-subject-verb.ts';
import { describesNoun } from './noun-participle.ts';
import { DETERMINERS } from './noun-phrase.ts';
import { hasPlainVerb } from './plain-verb.ts';
import { isAdverb } from './subject-verb-gap.ts';
import { lowerCase } from './tokens.ts';
import { isUpperCase } from './upper-case.ts';

const FUNCTION_WORDS = new Set(
  'a an the this that these those which who whom whose it its there here what one some any of'.split(' '),
);
/** Days and months, full or abbreviated: never part of who speaks. */
const TIME_NAMES = new Set([...WEEKDAYS, ...MONTHS, ...MONTH_ABBREVIATIONS]);
const TIME_PREPOSITIONS = new Set('around on since until by before after in early late'.split(' '));
const DANGLING = new Set('for of to with by from in on at the a an and or'.split(' '));
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const TIME_WORDS = new Set([
  ...MONTH_ABBREVIATIONS,
  ...WEEKDAYS,
  ...MONTHS,
  ...'today yesterday tonight tomorrow week on early late last'.split(' '),
]);

/** isSpeakerName, remembered in `seen` (one article's answers). */
export function isSpeakerNameSeen(seen: Map<string, boolean>, shown: string): boolean {
  let answer = seen.get(shown);
  if (answer === undefined) {
    answer = isSpeakerName(shown);
    seen.set(shown, answer);
  }
  return answer;
}

/**
 * Every test below turns a phrase down, so they may be asked in any order: the words are split and bared
 * once, and the word-by-word tests share one pass over them instead of a `some`/`every` chain each.
 */
export function isSpeakerName(shown: string): boolean {
  // "Democrats who voted to reopen the port": the description is judged, its relative clause says which ones.
  const who = shown.indexOf(' who ');
  if (who > 0) return isSpeakerName(shown.slice(0, who));
  // "the official" is judged as "official": an article does not make a bare title a name.
  const speaker = (shown.charCodeAt(0) | 32) === 116 ? shown.replace(LEADING_THE, '') : shown;
  const trimmed = speaker.trim();
  // A figure is no speaker ("2,300 said"), but "the 34-year-old" is one: the number only describes.
  // An ordinal opening a name is no figure: "14th Amendment", "10th Circuit".
  if (
    trimmed === '' ||
    (!ANY_LETTER.test(trimmed) && !SHARE_OF.test(trimmed)) ||
    (OPENS_WITH_NUMBER.test(shown) && !ORDINAL_NAME.test(shown) && !SHARE_OF.test(shown))
  )
    return false;
  // A party label ("R-Ohio", "D-N.Y."), not a person.
  if (PARTY_LABEL.test(trimmed)) return false;
  const words = splitAtSpaces(trimmed);
  // A shouted subheading ("CONGRESS HAS INVESTIGATED HIM"), not a name.
  if (words.length >= 3 && isUpperCase(speaker) && TWO_CAPITALS.test(speaker)) return false;
  const bare = bareWords(words);
  if (isClausePiece(bare)) return false;
  const lexicon = wordLexicon();
  // One capitalised word that is never a noun ("Trying", "Then", "Minor"), or an initial ("A.G").
  if (words.length === 1 && !/^\p{Lu}{2,}$/u.test(trimmed)) {
    const initials = initialsSpeak(trimmed, speaker !== shown);
    if (initials === false) return false;
    // "the judge", "the release": after an article the word is a noun, whatever else it can be.
    if (initials === undefined && speaker === shown && lexicon.notNouns.has(bare[0] as string)) return false;
  }
  // "America's Toughest Sheriff", "the Kindest Baker": a name opening on a superlative is an epithet.
  if (words.length > 1 && SUPERLATIVE.test(words[0] as string) && lexicon.notNouns.has(bare[0] as string))
    return false;
  // A clause, not a name: a lower-case adverb, or a past tense after the first word ("… spoke briefly";
  // "elected officials" and "retired general" stay descriptions, and so do "those surveyed", "voters polled").
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const past = i > 0 && lexicon.past.has(bare[i] as string) && !describesNoun(bare, i);
    // Opening a phrase of more words, an -ly word is an adjective: "early returns", "weekly figures".
    const adverb = isAdverb(word) && (i > 0 || words.length === 1);
    if (opensLowerCase(word) && (adverb || past)) return false;
  }
  return !namesPlace(words, bare, lexicon);
}

const LEADING_THE = /^the\s+/i;
/** "Toughest", "Oldest": not "Best" or "West", which are names too. */
const SUPERLATIVE = /^\p{Lu}\p{Ll}{3,}est$/u;
const ORDINAL_NAME = /^\d+(?:st|nd|rd|th) \p{Lu}/u;
/** "32% of voters", "40 percent of those polled", "22 percent", "6 in 10": a share of a group, no figure. */
const SHARE_OF = /^\d[\d.,]*(?:\s?(?:%|percent)(?:\s+of\s|(?:\s+overall)?$)|\s+in\s+10(?:\s|$))/u;
const ANY_LETTER = /\p{L}/u;
const OPENS_WITH_NUMBER = /^\p{N}/u;
const PARTY_LABEL = /^[RDI]-\p{Lu}/u;
const TWO_CAPITALS = /\p{Lu}{2}/u;

/** `text.split(/\s+/)` of a trimmed, non-empty text, read by character code. */
function splitAtSpaces(text: string): string[] {
  const words: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSpaceCode(text.charCodeAt(i))) continue;
    if (i > start) words.push(text.slice(start, i));
    start = i + 1;
  }
  words.push(text.slice(start));
  return words;
}

/**
 * bareWord of each word, pushed in a loop rather than made by `words.map`: the builtin map makes a packed array
 * and TurboFan's inlined map a holey one, so the code below, compiled for one, deoptimised ("wrong map") on
 * meeting the other once isSpeakerName itself was optimised, several times a process.
 */
function bareWords(words: string[]): string[] {
  const bare: string[] = [];
  for (let i = 0; i < words.length; i++) bare.push(bareWord(words[i] as string));
  return bare;
}

/**
 * A word with nothing but its letters, digits, apostrophes and hyphens, in lower case (lowerCase, since a word cut
 * from a text with a curly quote lower-cases through ICU), a contracted auxiliary dropped ("We're" is "we").
 */
function bareWord(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    // Plain ASCII letters and digits need no pattern: only another character can be dropped (or a contraction).
    if (!isAsciiAlphanumeric(code) && code !== 45) return uncontracted(lowerCase(word.replace(NOT_BARE, '')));
  }
  return lowerCase(word);
}
const NOT_BARE = /[^\p{L}\p{N}’'-]/gu;

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** `/^\p{Ll}/u`: ASCII answered by its code, anything else by the pattern. */
function opensLowerCase(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return /^\p{Ll}/u.test(word);
}

/** The tests on the bare words alone, in one pass: a time, a pronoun's, a verb, a title, a dangling end. */
function isClausePiece(bare: string[]): boolean {
  let onlyTimes = true;
  let onlyTitles = true;
  for (let i = 0; i < bare.length; i++) {
    const word = bare[i] as string;
    // A headline's verb inside the phrase ("Bloomberg Tells U.S."): a clause, not a name. After a word that
    // counts or points, or after the press, it is a noun: "officials in both states", "the reports", "news reports".
    if (CUE_VERBS.has(word) && !(i > 0 && NOUN_MARKERS.has(bare[i - 1] as string))) return true;
    // A time after a preposition ("around Dec", "on Friday") is a circumstance, not a speaker; "a statement
    // released Thursday" still names a source.
    if (i > 0 && TIME_NAMES.has(word) && TIME_PREPOSITIONS.has(bare[i - 1] as string)) return true;
    // A negated verb ("didn’t").
    if (endsNegated(word)) return true;
    if (onlyTimes && !TIME_WORDS.has(word)) onlyTimes = false;
    if (onlyTitles && !TITLE_ABBREVIATIONS.has(word) && !FUNCTION_WORDS.has(word)) onlyTitles = false;
  }
  // "their lawyers", "its office": a possessive pronoun points at someone the phrase does not name
  // (resolve-speaker.ts names the owner of "his" and "her" where it can). A phrase ending on a preposition
  // ("some Democrats for") is a clause piece.
  return (
    onlyTimes ||
    onlyTitles ||
    POSSESSIVE_PRONOUNS.has(bare[0] as string) ||
    DANGLING.has(bare[bare.length - 1] as string)
  );
}

const NOUN_MARKERS = new Set([
  ...DETERMINERS,
  ...'both these those many all other three four press news media'.split(' '),
]);

/** `/n['’]t$/` */
function endsNegated(word: string): boolean {
  const n = word.length;
  if (n < 3 || word.charCodeAt(n - 1) !== 116 || word.charCodeAt(n - 3) !== 110) return false;
  const mark = word.charCodeAt(n - 2);
  return mark === 39 || mark === 0x2019;
}

/** A place, a country or a dateline: nothing but known place names ("Tel Aviv", "MOSCOW"). */
function namesPlace(words: string[], bare: string[], lexicon: WordLexicon): boolean {
  const content = bare.filter((w) => !FUNCTION_WORDS.has(w));
  if (content.length === 0) return false;
  for (const word of words) {
    if (!opensCapitalised(word) && !FUNCTION_WORDS.has(lowerCase(word))) return false;
  }
  // The whole phrase as one place name is looked up only where a name of several words starts so: most
  // speakers ("mirela dragomir") start none, and joining and hashing the phrase was the check's main cost.
  if (
    content.length > 1 &&
    startsPlaceName(lexicon, content[0] as string) &&
    lexicon.places.has(content.join(' '))
  )
    return true;
  return content.every((w) => lexicon.places.has(w) || PLACE_ABBREVIATIONS.has(w));
}

/** `/^\p{Lu}/u`: ASCII answered by its code, anything else by the pattern. */
function opensCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return OPENS_UPPER_CASE.test(word);
}
const OPENS_UPPER_CASE = /^\p{Lu}/u;

/** The first words of the lexicon's place names of several words ("tel" of "tel aviv"), listed on first use. */
const placeFirstWords = new WeakMap<WordLexicon, Set<string>>();

function startsPlaceName(lexicon: WordLexicon, word: string): boolean {
  let firsts = placeFirstWords.get(lexicon);
  if (!firsts) {
    firsts = new Set();
    for (const place of lexicon.places) {
      const space = place.indexOf(' ');
      if (space > 0) firsts.add(place.slice(0, space));
    }
    placeFirstWords.set(lexicon, firsts);
  }
  return firsts.has(word);
}

/** Places written as letters, which no lexicon lists: "Washington, DC, said" names a city, not a speaker. */
const PLACE_ABBREVIATIONS = new Set(['dc', 'nyc']);

/**
 * "he's", "it's", "there's": after a pronoun "'s" is "is" or "has" (PLAIN_VERB leaves "'s" out, which after a
 * noun is a possessive). Without it "said he's not happy with the figures" had no verb and was no report.
 */
const PRONOUN_IS = /\b(?:he|she|it|that|there|here|what|who|where)['’]s\b/i;

/**
 * Whether a reported clause has a verb of its own ("the truce would hold") rather than being a noun phrase
 * that happened to follow a verb of saying ("the charges during a press conference").
 */
export function hasFiniteVerb(clause: string, tensedOnly = false): boolean {
  // An auxiliary, a contraction or an -ed form: PLAIN_VERB, read by hand (plain-verb.ts).
  if (hasPlainVerb(clause) || PRONOUN_IS.test(clause)) return true;
  // A reported clause may carry its verb as a bare form ("experts say they support…"); a statement of fact
  // needs a tensed one ("… banning travel" is a caption, whatever "travel" can be).
  const lexicon = wordLexicon();
  const verbs = tensedOnly ? lexicon.tensed : lexicon.verbs;
  // Word by word (letter-words.ts), stopping at the first verb, rather than listing every word first.
  const lowered = clause.toLowerCase();
  let previous = '';
  let justBefore = '';
  for (let at = letterWordStart(lowered, 0); at < lowered.length; ) {
    const end = letterWordEnd(lowered, at);
    const word = lowered.slice(at, end);
    // "underscores" is the third person of the infinitive "underscore". After an article, a possessive or a
    // preposition it is a noun ("the vote", "his interview", "of the plans"), and after a demonstrative unless
    // the two agree as subject and verb do ("this includes", "these include"; not "those worries").
    if (
      (verbs.has(word) || (word.endsWith('s') && verbs.has(word.slice(0, -1)))) &&
      (tensedOnly || verbAfter(previous, word))
    )
      return true;
    // "officers watch the pier", "they still hope", "he understood" (missing-verbs.ts).
    if (!tensedOnly && lexicon.nounOrVerb.has(word) && pluralSubject(previous)) return true;
    if (verbAfterPronoun(previous, word) || irregularPast(previous, word, justBefore, clause, at, end))
      return true;
    if (!tensedOnly && presentAfterNoun(clause, lowered, at, end, previous, lexicon.notNouns)) return true;
    if (presentAfterName(clause, lowered, at, end, lexicon)) return true;
    if (!isSubjectAdverb(word)) previous = word;
    justBefore = word;
    at = letterWordStart(lowered, end);
  }
  return false;
}
