// Where a verb of saying stands in its sentence when its report is not the sentence's main clause: inside a
// subordinate clause that opens the sentence ("Two days after the Courier reported that …, Brandt announced
// …", "By the time Reyes said that …, his support had turned") or inside a relative clause set off by commas ("Reyes, who has said he knew nothing, has been …").
// Either way the report ends where that clause does, and what follows is the reporter's main clause, whose
// start startsNewClause tells.
import { wordLexicon } from './compromise-lexicon.ts';
import { CUE_VERBS, FINITE_AUXILIARIES } from './lexicon.ts';
import { SUBJECT_PRONOUNS } from './missing-verbs.ts';
import { isTensedWord, isVerbForm, TENSED_HELPERS } from './tensed-word.ts';
import { isWord, lower, lowerOf, type Token } from './tokens.ts';

/** Words that open a subordinate clause before the main one: "After aides insisted …, the campaign …". */
const FRAMING_CLAUSE_OPENERS = new Set([
  'after',
  'when',
  'while',
  'because',
  'although',
  'though',
  'since',
  'once',
  'until',
  'before',
  'despite',
]);

/** Whether the sentence opens with a subordinate clause, or one opens in the cue's own stretch of commas. */
export function framedBySubordinate(tokens: Token[], cue: number): boolean {
  // "Although Ruiz leads, Reyes has suggested that …": past the subordinate clause's comma the cue is the main one.
  if (opensFrame(tokens, 0) && !commaBefore(tokens, cue)) return true;
  for (let k = cue - 1; k >= 0 && tokens[k]?.text !== ','; k--) if (opensFrame(tokens, k)) return true;
  return false;
}

/** A word from FRAMING_CLAUSE_OPENERS, or "by the time", at tokens[k]. */
function opensFrame(tokens: Token[], k: number): boolean {
  const word = lowerOf(tokens[k]);
  if (word === 'by') return lowerOf(tokens[k + 1]) === 'the' && lowerOf(tokens[k + 2]) === 'time';
  // "In a year in which voters say …, allies questioned …": a relative clause inside an opening phrase.
  if (word === 'which')
    return FRAMING_PREPOSITIONS.has(lowerOf(tokens[k - 1])) && opensOnPhrase(tokens, k - 1);
  return FRAMING_CLAUSE_OPENERS.has(word);
}

/** Prepositions that open a phrase of time or place, and a relative clause in it: "in which", "during which". */
const FRAMING_PREPOSITIONS = new Set(['in', 'at', 'during', 'amid', 'after']);

/** Whether the sentence opens (past "And") on such a preposition, with no comma before `end`. */
function opensOnPhrase(tokens: Token[], end: number): boolean {
  const first = lowerOf(tokens[0]) === 'and' || lowerOf(tokens[0]) === 'but' ? 1 : 0;
  if (first >= end || !FRAMING_PREPOSITIONS.has(lowerOf(tokens[first]))) return false;
  for (let k = first + 1; k < end; k++) if (tokens[k]?.text === ',') return false;
  return true;
}

/** Whether a comma stands before tokens[cue]. */
function commaBefore(tokens: Token[], cue: number): boolean {
  for (let k = 1; k < cue; k++) if (tokens[k]?.text === ',') return true;
  return false;
}

/**
 * Whether the cue's subject is ", who" or ", which" right after a comma ("Reyes, who has said …"), or "who" after
 * a noun ("Reyes, a lawyer at the Law Center who said …, spoke first").
 */
export function inRelativeClause(tokens: Token[], cue: number): boolean {
  // "Reyes, who endorsed Kiel in late May and said …, did not": a second verb of the clause reaches further back.
  const reach = lowerOf(tokens[cue - 1]) === 'and' ? 10 : 4;
  for (let k = cue - 1; k >= 1 && cue - k <= reach; k--) {
    const word = lowerOf(tokens[k]);
    if (word === 'who' || word === 'which') return tokens[k - 1]?.text === ',' || word === 'who';
    if (tokens[k]?.text === ',') return false;
  }
  return false;
}

/** The clauses that end a report set inside them early: see clauseEnd (report-clause.ts). */
export function setOffClauses(
  tokens: Token[],
  cue: number,
): { subordinate: boolean; relative: boolean; aside: number } {
  return {
    subordinate: framedBySubordinate(tokens, cue),
    relative: inRelativeClause(tokens, cue),
    aside: participleAsideEnd(tokens, cue),
  };
}

/**
 * Where a participle set off after the subject ends: the last comma before a verb ("Vance, arguing that the plan,
 * expected to cost $4bn, was too dear, voted no" ends before "voted", not before "expected"); -1 for none.
 */
export function participleAsideEnd(tokens: Token[], cue: number): number {
  if (!inParticipleAside(tokens, cue)) return -1;
  let end = -1;
  for (let k = cue + 4; k < tokens.length - 1; k++)
    if (tokens[k]?.text === ',' && (CLAUSE_VERBS.has(lowerOf(tokens[k + 1])) || isVerbForm(tokens[k + 1])))
      end = k;
  return end;
}

/**
 * "Vance, telling reporters that she was innocent, walked out": a participle set off after the subject, before
 * any verb of the sentence, whose clause the comma before the main verb ends (as a relative clause's does).
 */
export function inParticipleAside(tokens: Token[], cue: number): boolean {
  if (!lowerOf(tokens[cue]).endsWith('ing') || tokens[cue - 1]?.text !== ',') return false;
  for (let k = 0; k < cue - 1; k++)
    if (isVerbForm(tokens[k]) || TENSED_HELPERS.has(lowerOf(tokens[k]))) return false;
  return cue > 1;
}

/**
 * A subject (a capitalised name or "the"/"a" and a noun) followed within three words by its own verb. After a
 * subordinate clause (`main`) any subject will do, its verb within five words: "Although the ministry said the
 * ferry was safe, crews refused …".
 */
export function startsNewClause(tokens: Token[], at: number, titled = false, main = false): boolean {
  const first = tokens[at];
  if (!isWord(first)) return false;
  const lead = lowerOf(first);
  if (main && pronounAfterPhrase(tokens, at, lead)) return true;
  // A comma after an abbreviation ("her Tarsa, Korv., store was") sets off a place, not a clause.
  const subject = main
    ? !NO_SUBJECT.has(lead) &&
      !CLAUSE_VERBS.has(lead) &&
      !lead.endsWith('ing') &&
      tokens[at - 2]?.text !== '.'
    : /^\p{Lu}/u.test(first.text) || ['the', 'a', 'an'].includes(lead) || countedSubject(tokens, at);
  // "comments from Reyes, Brandt, Ortiz and Kell were …": the last item of a list opens no clause; nor does the
  // second of "between A and B" ("no difference between Pike and the armed guards at the depot").
  if (!subject || listTail(tokens, at) || betweenPair(tokens, at)) return false;
  // "While the parties say …, they differ on …": after a subordinate clause a subject pronoun opens the main one.
  if (main && SUBJECT_PRONOUNS.has(lead) && isWord(tokens[at + 1])) return true;
  // After a subordinate clause the subject may carry a modifier: "…, others outside the guild detected a shift".
  // A counted subject often carries a modifier or two more: "several state inquiries have".
  let reach = main ? 5 : COUNTED_WORDS.has(lead) ? 4 : 3;
  for (let k = at + 1; k <= at + reach; k++) {
    const word = tokens[k]?.text ?? '';
    // "…, Mrs. Brandt announced", "…, and Ms. Ruiz is …": after a comma a title's dot is no end of the subject
    // (after "and" alone it may be a second subject: "that she and Mr. Reyes had met").
    if (titled && word === '.' && k === at + 1) continue;
    // "and two U.N. panels have found …": the dot of initials is part of the subject, not its end.
    if (word === '.' && k > at && INITIALS.test(tokens[k - 1]?.text ?? '')) {
      reach++;
      continue;
    }
    if (!isWord(tokens[k])) return false;
    if (CLAUSE_VERBS.has(lower(word)) || (/^\p{Ll}{3,}ed$/u.test(word) && k > at)) return true;
    if (main && k > at && isTensedWord(tokens[k])) return true;
    // "…, ferry crews remain there": a plural subject's present verb, which the lexicon files as a base form.
    if (main && k > at && wordLexicon().verbs.has(lower(word)) && isPluralNoun(tokens[k - 1])) return true;
    // "…, foreign policy experts affirm that …": a plural subject, a word and "that" is a clause, whatever
    // verb the lexicon lacks.
    if (main && k > at && lowerOf(tokens[k + 1]) === 'that' && isPluralNoun(tokens[k - 1])) return true;
  }
  return false;
}

/**
 * "Although she said the plan was sound, at the hall this week she went further": after a subordinate clause the
 * main one may open on a phrase of place or time before its subject pronoun.
 */
function pronounAfterPhrase(tokens: Token[], at: number, lead: string): boolean {
  // Not an aside inside the report: "the plant would, in his view, never reopen" (after a helper verb or a comma).
  if (!PHRASE_OPENERS.has(lead) || FINITE_AUXILIARIES.has(lowerOf(tokens[at - 2]))) return false;
  for (let k = at + 2; k <= at + 8 && k < tokens.length - 1; k++) {
    const word = lowerOf(tokens[k]);
    if (MAIN_PRONOUNS.has(word))
      return isWord(tokens[k + 1]) && !NO_SUBJECT.has(lowerOf(tokens[k - 1])) && !asideBeforeVerb(tokens, k);
    if (!isWord(tokens[k])) return false;
  }
  return false;
}

/** "the bill, by the time they voted, had changed": a comma after the pronoun's clause, then the report's verb. */
function asideBeforeVerb(tokens: Token[], k: number): boolean {
  let j = k + 1;
  while (j < tokens.length && tokens[j]?.text !== ',') j++;
  const next = tokens[j + 1];
  return (
    next !== undefined &&
    (FINITE_AUXILIARIES.has(lowerOf(next)) || CLAUSE_VERBS.has(lowerOf(next)) || isVerbForm(next))
  );
}
const PHRASE_OPENERS = new Set(['at', 'in', 'on', 'by', 'during', 'this', 'last', 'later', 'now', 'today']);
const MAIN_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/** "between" a few words before the "and" at tokens[at - 1], no comma or verb in between. */
function betweenPair(tokens: Token[], at: number): boolean {
  if (lowerOf(tokens[at - 1]) !== 'and') return false;
  for (let k = at - 2; k >= Math.max(0, at - 6); k--) {
    if (lowerOf(tokens[k]) === 'between') return true;
    if (!isWord(tokens[k]) || isVerbForm(tokens[k])) return false;
  }
  return false;
}

/** Words of counting that open a subject or a span of time: "two inquiries", "several weeks ago". */
export const COUNTED_WORDS = new Set(
  'two three four five six seven eight nine ten several multiple many numerous'.split(' '),
);

/**
 * A counted subject: "… and two inquiries have cleared it", "… and several of his findings contradicted". A word
 * of counting opens a subject as "the" does when a noun or "of" follows it; right before its verb ("and many
 * will ride bikes") it goes on the plan reported, and is left to it.
 */
function countedSubject(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  return COUNTED_WORDS.has(lowerOf(tokens[at])) && !CLAUSE_VERBS.has(lowerOf(next)) && !isTensedWord(next);
}
/** "U.S", "U.N", "D.C": a word of capital initials, whose dot the tokens keep apart. */
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;

/**
 * "Reyes, Brandt, Ortiz and Kell were", "a phone, a laptop and a camera recovered", "the challenge from Kessel and
 * Lestria was": a list's last item.
 */
function listTail(tokens: Token[], at: number): boolean {
  if (lowerOf(tokens[at - 1]) !== 'and') return false;
  if (/^\p{Lu}/u.test(tokens[at - 2]?.text ?? '') && /^\p{Lu}/u.test(tokens[at]?.text ?? '')) return true;
  if (tokens[at - 3]?.text === ',' && /^\p{Lu}/u.test(tokens[at - 2]?.text ?? '')) return true;
  // An item opening as the one after the comma before it does: "…, a laptop and a camera".
  for (let k = at - 3; k >= at - 5 && k > 0; k--)
    if (tokens[k]?.text === ',')
      return (
        ['a', 'an', 'the'].includes(lowerOf(tokens[at])) && lowerOf(tokens[k + 1]) === lowerOf(tokens[at])
      );
  return false;
}

/** Words that cannot open a main clause's subject: relative pronouns, joining words, prepositions. */
const NO_SUBJECT = new Set(
  'which who whom whose that and but or nor if when as so then to of in on at for with from by than'.split(
    ' ',
  ),
);

export const CLAUSE_VERBS = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'will',
  'would',
  'said',
  'says',
  'could',
]);

/** A lower-case or capitalised word ending in "s" that is no verb itself: "crews", "forces". */
function isPluralNoun(token: Token | undefined): boolean {
  const word = token?.text ?? '';
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !isTensedWord(token);
}

/** Whether a "who" before `at` follows a verb: a relative clause on the verb's object. */
export function relativeOnObject(tokens: Token[], at: number): boolean {
  const who = tokens.findIndex((t, k) => k < at && lowerOf(t) === 'who');
  return who > 0 && tokens.slice(0, who).some((t) => CUE_VERBS.has(lowerOf(t)) || isVerbForm(t));
}
