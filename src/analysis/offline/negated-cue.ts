// "Reyes did not say whether he would run", "Brandt has never said she backs the pier": a verb of saying under a
// negation reports nothing the speaker said. Shown as a report, the clause reads as the speaker's position,
// often the very one the sentence says was not taken. So does a refusal: "Brandt declined to say whether …",
// "he refuses to call the group “…”": the quoted words are the ones he would not use.
import { AUXILIARIES } from './lexicon.ts';
import { isAdverb } from './subject-verb-gap.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Words that negate the verb after them ("Vance hardly did say …" too). */
const NEGATIONS = new Set(['not', 'never', 'nor', 'hardly', 'scarcely', 'barely', 'seldom', 'rarely']);
/** What may stand between the negation and the verb: "did not, however, say", "has not yet said". */
const BETWEEN = new Set([',', 'however', 'yet', 'so', 'actually', 'specifically', 'explicitly', 'publicly']);
/** Verbs of refusing, before "to" and the verb of saying: "refused to say", "declined to call". */
const REFUSALS = new Set('refuse refuses refused refusing decline declines declined declining'.split(' '));
/** Pronouns put after the auxiliary when a negation opens the clause: "nor did he say". */
const INVERTED_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const EMPHATIC = new Set(['did', 'does', 'do']);
const INVERTING = new Set('did does do has have had would could will can was is'.split(' '));
/** How far back from the verb the negation may stand. */
const MOST_STEPS = 5;

/** Whether the verb of saying at `at` is negated or refused: "did not say", "hasn't said", "declined to say". */
export function isNegatedCue(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= MOST_STEPS; k--) {
    const word = lowerOf(tokens[k]);
    if (NEGATIONS.has(word) || /n[’']t$/u.test(word)) return true;
    if (word === 'to' && REFUSALS.has(lowerOf(tokens[k - 1]))) return true;
    // Inverted after the negation: "nor did he acknowledge", "never has she said".
    if (INVERTED_SUBJECTS.has(word) && k === at - 1 && INVERTING.has(lowerOf(tokens[k - 1])))
      return NEGATIONS.has(lowerOf(tokens[k - 2])) || lowerOf(tokens[k - 2]) === 'neither';
    // An emphatic "did" too: "never did say", "never once did say".
    if (!(BETWEEN.has(word) || AUXILIARIES.has(word) || EMPHATIC.has(word) || isAdverb(word))) return false;
  }
  return false;
}
