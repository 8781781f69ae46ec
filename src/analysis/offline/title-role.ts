// The role a title before a name gives its mention. "A President Vance would veto it" names no office Vance
// holds, only one he might: an article before the title leaves the mention without a role (every quote of
// his had shown "(President)"). "Former Representative Ada Brenner" holds none now: the lower-case "former"
// (or "ex", "onetime", "late", or a "then-" word) before the title is kept with it.
import type { Run } from './name-runs.ts';
import { lowerOf, type Token } from './tokens.ts';
import { townBeforeTitle } from './town-before-state.ts';

const HYPOTHETICAL = new Set(['a', 'an']);
const PAST = new Set(['former', 'ex', 'onetime', 'late']);

/** The role for the title text[title's first token, titleEnd), read with the word before the run. */
export function titleRole(text: string, run: Run, titleEnd: number): string | null {
  const before = run.sentenceTokens[run.at - 1];
  const word = lowerOf(before);
  if (HYPOTHETICAL.has(word)) return null;
  // "then-Harbour Director Tomas Reyes": the office he held then, kept as written (it was shown "Director").
  // "Charlotte, N.C., Mayor Ana Ruiz": the town and its state say which mayor.
  const town = townBeforeTitle(run);
  const from =
    PAST.has(word) || word.startsWith('then-')
      ? (before as Token).start
      : (town ?? (run.tokens[0] as Token)).start;
  return text.slice(from, titleEnd);
}
