// The last gate before a speaker reaches a fact sheet: a speaker is a person, a body or a description of
// one, never a place ("Tel Aviv", a "MOSCOW" dateline, "the United States"), a day ("Thursday"), a bare
// title ("Rev"), a lone function word ("an") or a fragment of a clause ("California Democrat spoke
// briefly"). Our rules find the phrase; compromise's lexicon, which knows far more places and verb forms
// than any list we would keep, tells what its words are (see compromise-lexicon.ts).
import { wordLexicon } from './compromise-lexicon.ts';
import { letterWordEnd, letterWordStart } from './letter-words.ts';
import { CUE_VERBS, MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from './lexicon.ts';
import { TITLE_ABBREVIATIONS } from './name-dots.ts';
import { isAdverb } from './subject-verb-gap.ts';

const FUNCTION_WORDS = new Set(
  'a an the this that these those which who whom whose it its there here what one some any of'.split(' '),
);
/** Days and months, full or abbreviated: never part of who speaks. */
const TIME_NAMES = new Set([...WEEKDAYS, ...MONTHS, ...MONTH_ABBREVIATIONS]);
const TIME_PREPOSITIONS = new Set([
  'around',
  'on',
  'since',
  'until',
  'by',
  'before',
  'after',
  'in',
  'early',
  'late',
]);
const DANGLING = new Set([
  'for',
  'of',
  'to',
  'with',
  'by',
  'from',
  'in',
  'on',
  'at',
  'the',
  'a',
  'an',
  'and',
  'or',
]);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const TIME_WORDS = new Set([
  ...MONTH_ABBREVIATIONS,
  ...WEEKDAYS,
  ...MONTHS,
  'today',
  'yesterday',
  'tonight',
  'tomorrow',
  'week',
  'on',
  'early',
  'late',
  'last',
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

export function isSpeakerName(shown: string): boolean {
  // "the official" is judged as "official": an article does not make a bare title a name.
  const speaker = shown.replace(/^the\s+/i, '');
  const words = speaker.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || !/\p{L}/u.test(speaker) || /^\p{N}/u.test(speaker.trim())) return false;
  // A shouted subheading ("CONGRESS HAS INVESTIGATED HIM"), not a name.
  if (words.length >= 3 && speaker === speaker.toUpperCase() && /\p{Lu}{2}/u.test(speaker)) return false;
  // A party label ("R-Ohio", "D-N.Y."), not a person.
  if (/^[RDI]-\p{Lu}/u.test(speaker.trim())) return false;
  const bare = words.map((w) => w.replace(/[^\p{L}\p{N}’'-]/gu, '').toLowerCase());
  if (bare.every((w) => TIME_WORDS.has(w))) return false;
  // "their lawyers", "its office": a possessive pronoun points at someone the phrase does not name
  // (resolve-speaker.ts names the owner of "his" and "her" where it can).
  if (POSSESSIVE_PRONOUNS.has(bare[0] as string)) return false;
  // A headline's verb inside the phrase ("Bloomberg Tells U.S."): a clause, not a name.
  if (bare.some((w) => CUE_VERBS.has(w))) return false;
  if (bare.every((w) => TITLE_ABBREVIATIONS.has(w) || FUNCTION_WORDS.has(w))) return false;
  // A time after a preposition ("around Dec", "on Friday") is a circumstance, not a speaker; "a statement
  // released Thursday" still names a source.
  if (bare.some((w, i) => TIME_NAMES.has(w) && i > 0 && TIME_PREPOSITIONS.has(bare[i - 1] as string)))
    return false;
  // A clause piece: a negated verb ("didn’t"), or a phrase ending on a preposition ("some Democrats for").
  if (bare.some((w) => /n['’]t$/.test(w)) || DANGLING.has(bare.at(-1) as string)) return false;
  const lexicon = wordLexicon();
  // One capitalised word that is never a noun ("Trying", "Then", "Minor"), or an initial ("A.G").
  if (words.length === 1 && !/^\p{Lu}{2,}$/u.test(speaker.trim())) {
    if (/^\p{Lu}(?:\.\p{Lu})*\.?$/u.test(speaker.trim())) return false;
    if (lexicon.notNouns.has(bare[0] as string)) return false;
  }
  // A clause, not a name: a lower-case adverb, or a past tense after the first word ("… spoke briefly";
  // "elected officials" and "retired general" stay descriptions).
  if (
    words.some(
      (word, i) =>
        /^\p{Ll}/u.test(word) && (isAdverb(word) || (i > 0 && lexicon.past.has(bare[i] as string))),
    )
  ) {
    return false;
  }
  // A place, a country or a dateline: nothing but known place names ("Tel Aviv", "MOSCOW").
  const content = bare.filter((w) => !FUNCTION_WORDS.has(w));
  const capitalised = words
    .filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()))
    .every((w) => /^\p{Lu}/u.test(w));
  return !(
    content.length > 0 &&
    capitalised &&
    (lexicon.places.has(content.join(' ')) ||
      content.every((w) => lexicon.places.has(w) || PLACE_ABBREVIATIONS.has(w)))
  );
}

/** Places written as letters, which no lexicon lists: "Washington, DC, said" names a city, not a speaker. */
const PLACE_ABBREVIATIONS = new Set(['dc', 'nyc']);

/**
 * Whether a reported clause has a verb of its own ("the truce would hold") rather than being a noun phrase
 * that happened to follow a verb of saying ("the charges during a press conference").
 */
export function hasFiniteVerb(clause: string, tensedOnly = false): boolean {
  // Without an apostrophe the contractions cannot match: the pattern without them answers the same and
  // spares every letter of the clause a run to its word's end ("\p{L}+n't" tried at each one).
  const plain = clause.includes("'") || clause.includes('’') ? PLAIN_VERB : PLAIN_VERB_NO_CONTRACTION;
  if (plain.test(clause)) return true;
  // A reported clause may carry its verb as a bare form ("experts say they support…"); a statement of fact
  // needs a tensed one ("… banning travel" is a caption, whatever "travel" can be).
  const verbs = tensedOnly ? wordLexicon().tensed : wordLexicon().verbs;
  // Word by word (letter-words.ts), stopping at the first verb, rather than listing every word first.
  const lowered = clause.toLowerCase();
  for (let at = letterWordStart(lowered, 0); at < lowered.length; ) {
    const end = letterWordEnd(lowered, at);
    const word = lowered.slice(at, end);
    // "underscores" is the third person of the infinitive "underscore".
    if (verbs.has(word) || (word.endsWith('s') && verbs.has(word.slice(0, -1)))) return true;
    at = letterWordStart(lowered, end);
  }
  return false;
}

const PLAIN_VERB =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|must|shall|did|does|do|\p{L}+n['’]t|\p{L}+['’](?:ll|re|ve|d)|(?<![\p{L}-])\p{Ll}{3,}ed)\b/iu;
/** PLAIN_VERB less its two contraction alternatives: the same answer for text with no apostrophe. */
const PLAIN_VERB_NO_CONTRACTION =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|must|shall|did|does|do|(?<![\p{L}-])\p{Ll}{3,}ed)\b/iu;
