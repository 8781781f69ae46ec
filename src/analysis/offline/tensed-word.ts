// A tensed verb as written in running text: lower-case, and a tensed form in compromise's lexicon ("said",
// "endorsed", "is"). A capitalised one is a name or a sentence's first word, read by other rules.
import { wordLexicon } from './compromise-lexicon.ts';
import { lowerOf, type Token } from './tokens.ts';

export function isTensedWord(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Ll}/u.test(token.text) && wordLexicon().tensed.has(lowerOf(token));
}

/** A past form as written in running text: "described", "sought" ("plans" and "state" may be nouns). */
export function isPastWord(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Ll}/u.test(token.text) && wordLexicon().past.has(lowerOf(token));
}

/** "announced", "rebuked": a lower-case word of three letters or more and "ed", which the lexicon may lack. */
export function isEdForm(token: Token | undefined): boolean {
  return /^\p{Ll}{3,}ed$/u.test(token?.text ?? '');
}

/** Where a noun phrase ending at tokens[k] may start: after the last verb before it ("rebuked critics"), or at `lo`. */
export function afterLastVerb(tokens: Token[], k: number, lo: number): number {
  for (let t = k - 1; t >= lo; t--) if (isTensedWord(tokens[t]) || isEdForm(tokens[t])) return t + 1;
  return lo;
}
