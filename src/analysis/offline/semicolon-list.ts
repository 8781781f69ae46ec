// "a package of bills on border security; a clampdown on hiring; and a path to citizenship": semicolons that
// part the items of a list go on with the report, where one before a clause of its own ("…; they only learned
// on Friday …") ends it. Cut at the first, a broad package read as its first item alone (an editor's read).
import { ARTICLES } from './noun-phrase.ts';
import { isTensedWord } from './tensed-word.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

/** Whether the semicolon at tokens[at] parts list items: an article after it, and no tensed verb to the next. */
export function semicolonList(tokens: Token[], at: number): boolean {
  let k = at + 1;
  if (lowerOf(tokens[k]) === 'and') k++;
  if (!ARTICLES.has(lowerOf(tokens[k]))) return false;
  for (; k < tokens.length && tokens[k]?.text !== ';'; k++) if (isTensedWord(tokens[k])) return false;
  return isWord(tokens[at - 1]);
}
