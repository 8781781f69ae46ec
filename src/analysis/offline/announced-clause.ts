// "announced the charges at a press conference", "announced her bid for the seat": what is announced is most
// often a thing, an act rather than speech, and its words were shown as a report (editors' reads). Without
// "that", an announcement reports only a clause whose verb is there to see ("announced the pier would close").
import { FINITE_AUXILIARIES } from './lexicon.ts';
import { SUBJECT_PRONOUNS } from './missing-verbs.ts';
import { isPastForm } from './tensed-word.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

const ANNOUNCING = new Set(['announce', 'announces', 'announced', 'announcing']);
const RELATIVES = new Set(['who', 'which', 'whom', 'whose', 'that']);
/** How far into the clause its finite verb is looked for. */
const REACH = 6;

/**
 * Whether the words from tokens[from], right after the verb of saying, may be what it reports: a subject pronoun
 * opens them ("announced it added 900 jobs"), or a finite verb stands before their first comma ("the pier would
 * close", "the port wasn't for sale", "the mayor's deal collapsed").
 */
export function announcesClause(tokens: Token[], from: number): boolean {
  if (!ANNOUNCING.has(lowerOf(tokens[from - 1]))) return true;
  if (SUBJECT_PRONOUNS.has(lowerOf(tokens[from]))) return true;
  for (let k = from; k < tokens.length && k < from + REACH && isWord(tokens[k]); k++) {
    const word = lowerOf(tokens[k]);
    // "announced support from mothers who have …": a relative clause's verb is no verb of the report's.
    if (RELATIVES.has(word)) return false;
    if (FINITE_AUXILIARIES.has(word) || CONTRACTED.test(word) || (k > from + 1 && isPastForm(tokens[k])))
      return true;
  }
  return false;
}

/** "wasn’t", "he's": a contraction holds a finite verb. */
const CONTRACTED = /n['’]t$|['’](?:s|re|ll|d|ve)$/;
