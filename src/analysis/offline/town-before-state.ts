// "said Charlotte, N.C., Mayor Ana Ruiz", "Carmel, Indiana, Mayor James Brainard": news copy names a town
// with its state before an office holder's title. The town's word may be a given name (Charlotte, Jackson,
// Eugene) and it follows "said", yet it names a place: the speaker is the office holder after it, and the
// town and state belong to that office holder's role.
import { ROLE_NOUNS, TITLE_WORDS } from './lexicon.ts';
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
  return opensOffice(tokens, next) ? next : -1;
}

/**
 * An office after the state: a title within its first three words ("Mayor", "Police Chief", "City Council
 * President") or a role noun in lower case ("resident"). Not "Del. Tom Reyes's aide" (a state Delegate's), "N.C.
 * State coach" (a team's), "Washington, and Lind" (a surname in a list).
 */
function opensOffice(tokens: Token[], from: number): boolean {
  const first = tokens[from];
  if (!isWord(first)) return false;
  if (!isCapitalised(first.text)) return ROLE_NOUNS.has(lowerOf(first));
  for (let k = from; k < from + 3 && isCapitalised(tokens[k]?.text ?? ''); k++) {
    if (TITLE_WORDS.has(lowerOf(tokens[k]))) return isCapitalised(tokens[k + 1]?.text ?? '') || k > from;
  }
  return false;
}

/** What may stand before a clause's opening town: a mark, or a verb of saying ("said Charlotte, N.C., Mayor …"). */
const CLAUSE_STARTS = new Set([',', '—', '–', '“', '"', '(', 'said', 'says', 'told', 'added', 'by']);

/** True when the one-word run is a town before its state: "said Charlotte, N.C., Mayor …". */
export function beforeState(run: Run): boolean {
  return run.tokens.length === 1 && afterTownAndState(run.sentenceTokens, run.at) > 0;
}

/**
 * The town opening the office holder's role, when a run's title follows a town and its state at the start of a
 * clause: the sentence's, or after a comma, a dash or a verb of saying. Not after a preposition or another verb
 * ("In Washington, Iowa, Pastor Joseph Brown plans …", "Before leaving Eugene, Ore., Mayor Tom Reyes said":
 * where he acts, not which pastor or mayor), nor when the name goes on with its own place ("… of Salem").
 */
export function townBeforeTitle(run: Run): Token | null {
  const tokens = run.sentenceTokens;
  if (lowerOf(tokens[run.at + run.tokens.length]) === 'of') return null;
  for (let k = Math.max(0, run.at - 5); k <= run.at - 2; k++) {
    const before = tokens[k - 1];
    if (before && !CLAUSE_STARTS.has(lowerOf(before))) continue;
    const after = afterTownAndState(tokens, k);
    if (after >= run.at && after < run.at + run.tokens.length) return tokens[k] as Token;
  }
  return null;
}
