// A tensed verb as written in running text: lower-case, and a tensed form in compromise's lexicon ("said",
// "endorsed", "is"). A capitalised one is a name or a sentence's first word, read by other rules.
import { wordLexicon } from './compromise-lexicon.ts';
import { lowerOf, type Token } from './tokens.ts';

export function isTensedWord(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Ll}/u.test(token.text) && wordLexicon().tensed.has(lowerOf(token));
}
