// "Voters who say the economy matters most were evenly divided": a report in a relative clause on the noun that
// opens the sentence ends where the sentence's own verb begins. Read on, "were evenly divided", the poll's
// finding, was shown as the voters' words (an editor's read).
import { cueOfClause } from './clause-lead-in.ts';
import { inPronouns } from './lexicon.ts';
import { isVerbForm, TENSED_HELPERS } from './tensed-word.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Words the subject before "who" may hold: "Voters", "Democratic voters in the state". */
const MOST_SUBJECT_WORDS = 6;
/** Another clause inside the report: its verbs are its own, and the reading gives way. */
const OTHER_CLAUSES = new Set(['that', 'which', 'who', 'whom', 'and', 'or', 'but', 'if', 'when', 'because']);

/**
 * For a clause at `from` after "NOUN who say(s)" opening the sentence: the index of the report's last token
 * before the main verb, when the report's own verb is a copula or a perfect before it. `undefined` otherwise.
 */
export function whoSaysEnd(tokens: Token[], from: number): number | undefined {
  const cue = cueOfClause(tokens, from);
  const who = cue - 1;
  if (lowerOf(tokens[who]) !== 'who' || who < 1 || who > MOST_SUBJECT_WORDS) return undefined;
  // A noun phrase alone before "who": "Ruiz was the engineer who said …" opens on its own verb.
  for (let k = 0; k < who; k++) if (!(tokens[k] as Token).word || isVerbForm(tokens[k])) return undefined;
  const plural = /s$/.test(lowerOf(tokens[who - 1]));
  // The report's own verb is a copula or a perfect's helper ("the economy is their first worry", "the landlord had
  // lied"); after "they believe", a later "was" may well be the report's ("the vote was stolen").
  let copula = -1;
  for (let k = from; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    const word = lowerOf(token);
    if (!token.word || OTHER_CLAUSES.has(word)) return undefined;
    if (copula < 0) {
      if (COPULAS.has(word) || PERFECT.has(word)) copula = k;
      else if (isVerbForm(token) || TENSED_HELPERS.has(word)) return undefined;
      continue;
    }
    if (!(plural ? PLURAL_MAIN : SINGULAR_MAIN).has(word)) continue;
    // Not right after a pronoun or a helper: "than they were", "has had enough".
    const before = lowerOf(tokens[k - 1]);
    return k >= copula + 2 && !inPronouns(before) && !TENSED_HELPERS.has(before) ? k - 1 : undefined;
  }
  return undefined;
}
const COPULAS = new Set(['is', 'are', 'was', 'were']);
/** A perfect's helper: "the landlord had lied". */
const PERFECT = new Set(['has', 'have', 'had']);
/** The main verb agrees with the noun before "who": "Voters … were", "The chair … was". */
const PLURAL_MAIN = new Set(['are', 'were', 'have', 'had']);
const SINGULAR_MAIN = new Set(['is', 'was', 'has', 'had']);
