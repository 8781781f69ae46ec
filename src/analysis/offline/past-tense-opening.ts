// "Moments After A Famous Senator Endorsed Reyes": in a headline's capitals a verb reads as part of a name, and
// "Endorsed Reyes" was a senator to whom the story's later “…,” Reyes said was given.
import { wordLexicon } from './compromise-lexicon.ts';
import { genderOfGivenName } from './first-names.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Whether a name of two words or more opens on a past tense no one is named ("Endorsed", "Slammed"). */
export function opensOnPastTense(tokens: Token[]): boolean {
  const first = tokens[0];
  if (tokens.length < 2 || !first || !first.text.endsWith('ed')) return false;
  const word = lowerOf(first);
  const lexicon = wordLexicon();
  return lexicon.past.has(word) && !lexicon.given.has(word) && genderOfGivenName(first.text) === null;
}
