// A present verb after a name. compromise files "win", "hold", "face" and "issue" (some 900 words) as nouns or
// verbs and has no "-s" form for them, so "Reyes holds 14 percent of the vote", "Dale wins the north" and "The
// Council issues its ruling" held no verb: no fact, no report. Right after a capitalised subject, such a form is
// its verb when what follows is an object: an article, a possessive or a pronoun, a figure, a name. Not before a
// preposition, where a capitalised modifier and a plural noun are as often one noun ("Labour gains in the
// north", "EU rules on fishing", "Tory cuts to schools"), nor after a possessive ("Reyes's wins in Ohio").
import type { WordLexicon } from './compromise-lexicon.ts';
import { MONTHS, WEEKDAYS } from './lexicon.ts';

/**
 * Whether the word at [at, end) of `lowered` (`clause` lower-cased) is the present "-s" form of a noun-or-verb
 * word standing right after a capitalised word that may be a subject.
 */
export function presentAfterName(
  clause: string,
  lowered: string,
  at: number,
  end: number,
  lexicon: WordLexicon,
): boolean {
  const word = lowered.slice(at, end);
  if (word.length < 4 || clause[at] !== word[0] || !isPresentOfNounOrVerb(word, lexicon)) return false;
  const subject = /(\p{Lu}[\p{L}.’'-]*)\s+$/u.exec(clause.slice(Math.max(0, at - 40), at))?.[1];
  if (subject === undefined || POSSESSIVE.test(subject) || !mayBeSubject(subject, lexicon)) return false;
  const rest = clause.slice(end, end + 40);
  const after = /^\s+([\p{L}\p{N}$£€]+)/u.exec(rest)?.[1];
  if (after === undefined) return false;
  const following = after.toLowerCase();
  // "Senate rules Tuesday", "Tory cuts 10 years ago", "Labour wins the same week": a time, no object.
  if (TIME_AFTER.test(rest) || TIME_WORDS.has(following)) return false;
  return (
    /^[\p{N}$£€]/u.test(after) ||
    (after !== following && !lexicon.tensed.has(following)) ||
    TAKEN_BY_VERB.has(following)
  );
}

/** "holds", "faces", "rallies", "pushes": an "-s", "-es" or "-ies" form whose base the lexicon holds as a noun or verb. */
function isPresentOfNounOrVerb(word: string, lexicon: WordLexicon): boolean {
  if (!word.endsWith('s') || word.endsWith('ss') || lexicon.verbs.has(word)) return false;
  const nounOrVerb = lexicon.nounOrVerb;
  if (nounOrVerb.has(word.slice(0, -1))) return true;
  if (word.endsWith('ies')) return nounOrVerb.has(`${word.slice(0, -3)}y`);
  return word.endsWith('es') && nounOrVerb.has(word.slice(0, -2));
}

/**
 * A capitalised word that may be a sentence's subject: a name, an acronym, a noun opening the clause. Not an
 * adjective or a demonym ("Republican attacks on …", "American gains in …"): those are the noun's modifiers.
 */
function mayBeSubject(subject: string, lexicon: WordLexicon): boolean {
  const lower = subject.toLowerCase();
  return !lexicon.notNouns.has(lower) && !ADJECTIVE_OR_DEMONYM.test(lower);
}

/** Adjective and demonym endings: "Democratic", "Federal", "American", "Chinese", "British", "Iraqi". */
const ADJECTIVE_OR_DEMONYM = /(?:al|ic|an|ese|ish|ian|ive|ous|i)$/;
/** Words that open a verb's object, never follow a noun: "holds the", "faces a runoff", "tops them". */
const TAKEN_BY_VERB = new Set('the a an his her its their our my your him them us me these those'.split(' '));
const POSSESSIVE = /['’]s?$/u;
const TIME_WORDS = new Set([...WEEKDAYS, ...MONTHS, 'today', 'tonight', 'yesterday', 'tomorrow']);
const TIME_AFTER =
  /^\s+(?:[\p{N},.]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|the\s+(?:same|next|following|last|previous|first))\s+(?:years?|months?|weeks?|days?|hours?|decades?|week|time|year|month|day|night|morning)\b/iu;
