// A tensed verb as written in running text: lower-case, and a tensed form in compromise's lexicon ("said",
// "endorsed", "is"). A capitalised one is a name or a sentence's first word, read by other rules.
import { wordLexicon } from './compromise-lexicon.ts';
import { hasParticipleShape } from './participle.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Helpers and forms of "be" and "have" that carry the tense, which the lexicon does not all count as tensed. */
export const TENSED_HELPERS = new Set(
  'is was are were has have had do does did could would will should may might must can'.split(' '),
);

export function isTensedWord(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Ll}/u.test(token.text) && wordLexicon().tensed.has(lowerOf(token));
}

/**
 * A past form as written in running text, in the lexicon or ending in "-ed": "sought", "described" ("plans" and
 * "state", present forms, may be nouns).
 */
export function isPastForm(token: Token | undefined): boolean {
  if (token === undefined || !/^\p{Ll}/u.test(token.text)) return false;
  return wordLexicon().past.has(lowerOf(token)) || isEdForm(token);
}

/** A tensed verb the lexicon knows, or an "-ed" form it may lack: "said", "announced". */
export function isVerbForm(token: Token | undefined): boolean {
  return isTensedWord(token) || isEdForm(token);
}

/** "announced", "rebuked": a lower-case word of three letters or more and "ed", which the lexicon may lack. */
export function isEdForm(token: Token | undefined): boolean {
  return isEdWord(token?.text ?? '');
}

/** isEdForm of a word read from the text rather than a token. */
export function isEdWord(word: string): boolean {
  return ED_WORD.test(word);
}
const ED_WORD = /^\p{Ll}{3,}ed$/u;

/**
 * Where a noun phrase ending at tokens[k] may start: after the last verb before it ("rebuked critics",
 * "answering opposition councillors": a participle after a comma), or at `lo`.
 */
export function afterLastVerb(tokens: Token[], k: number, lo: number): number {
  for (let t = k - 1; t >= lo; t--) {
    if (isVerbForm(tokens[t])) return t + 1;
    if (tokens[t - 1]?.text === ',' && hasParticipleShape(lowerOf(tokens[t]))) return t + 1;
  }
  return lo;
}

/** A lower-case word that is only ever a verb ("speak", "argue"), not after "to": never inside a role. */
export function isPlainVerb(tokens: Token[], k: number): boolean {
  const token = tokens[k] as Token;
  if (!/^\p{Ll}/u.test(token.text) || lowerOf(tokens[k - 1]) === 'to') return false;
  const word = lowerOf(token);
  const lexicon = wordLexicon();
  return lexicon.verbs.has(word) && lexicon.notNouns.has(word) && !lexicon.nounOrVerb.has(word);
}
