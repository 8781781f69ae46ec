// "said Charlotte, N.C., Mayor Ana Ruiz", "Carmel, Indiana, Mayor James Brainard": news copy names a town
// with its state before an office holder's title. The town's word may be a given name (Charlotte, Jackson,
// Eugene) and it follows "said", yet it names a place: the speaker is the office holder after it, and the
// town and state belong to that office holder's role.
import { PLACE_PREPOSITIONS } from './lexicon.ts';
import type { Run } from './name-runs.ts';
import { isCapitalised, isWord, lowerOf, type Token } from './tokens.ts';
import { AP_ABBREVIATIONS, STATES } from './us-states.ts';

/** The states' names split into words: "north carolina" → ["north", "carolina"]. */
const STATE_WORDS = Object.keys(STATES).map((state) => state.split(' '));

/**
 * The index of the word after "<Town>, <State>" opened at `at` ("Charlotte, N.C., | Mayor", "Carmel, Indiana, |
 * Mayor"), or -1. A state in full must be closed by a comma ("Georgia's", "Georgia Reyes" are no state after a
 * town), one abbreviated as AP writes it by its dot.
 */
export function afterTownAndState(tokens: Token[], at: number): number {
  if (!isCapitalised(tokens[at]?.text ?? '') || tokens[at + 1]?.text !== ',') return -1;
  const first = at + 2;
  let end = -1;
  if (AP_ABBREVIATIONS.has(lowerOf(tokens[first])) && tokens[first + 1]?.text === '.') end = first + 2;
  else {
    const words = STATE_WORDS.find((state) => state.every((word, k) => lowerOf(tokens[first + k]) === word));
    if (words && tokens[first + words.length]?.text === ',') end = first + words.length;
  }
  if (end < 0) return -1;
  const next = tokens[end]?.text === ',' ? end + 1 : end;
  return isWord(tokens[next]) ? next : -1;
}

/** True when the one-word run is a town before its state: "said Charlotte, N.C., Mayor …". */
export function beforeState(run: Run): boolean {
  return run.tokens.length === 1 && afterTownAndState(run.sentenceTokens, run.at) > 0;
}

/**
 * The town opening the office holder's role, when a run's title follows a town and its state; not after a
 * preposition ("In Washington, Iowa, Pastor Joseph Brown plans …": where he acts, not which pastor).
 */
export function townBeforeTitle(run: Run): Token | null {
  for (let k = Math.max(0, run.at - 5); k <= run.at - 2; k++) {
    if (PLACE_PREPOSITIONS.has(lowerOf(run.sentenceTokens[k - 1]))) continue;
    const after = afterTownAndState(run.sentenceTokens, k);
    if (after >= run.at && after < run.at + run.tokens.length) return run.sentenceTokens[k] as Token;
  }
  return null;
}
