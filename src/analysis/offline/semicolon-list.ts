// "a package of bills on border security; a clampdown on hiring; and a path to citizenship": semicolons that
// part the items of a list go on with the report, where one before a clause of its own ("…; they only learned
// on Friday …") ends it. Cut at the first, a broad package read as its first item alone (an editor's read).
import { ARTICLES } from './noun-phrase.ts';
import { isPastForm, isTensedWord } from './tensed-word.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

/**
 * Whether the semicolon at tokens[at] parts list items: an article after it and no tensed verb to the next, or a
 * past verb after it as before it.
 */
export function semicolonList(tokens: Token[], at: number): boolean {
  let k = at + 1;
  if (lowerOf(tokens[k]) === 'and') k++;
  // "he took her files; copied them at the office; and burned them": past verbs with no subject of their own
  // are more of what the subject did, each an item of the claim (an editor's read: cut at the first).
  if (isPastForm(tokens[k]) && pastBefore(tokens, at)) return isWord(tokens[at - 1]);
  if (!ARTICLES.has(lowerOf(tokens[k]))) return false;
  for (; k < tokens.length && tokens[k]?.text !== ';'; k++) if (isTensedWord(tokens[k])) return false;
  return isWord(tokens[at - 1]);
}

/** A past verb in the stretch before the semicolon at `at`, back to the clause's edge: the list's first item. */
function pastBefore(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && tokens[k]?.text !== ';' && at - k <= 12; k--)
    if (isPastForm(tokens[k])) return true;
  return false;
}
