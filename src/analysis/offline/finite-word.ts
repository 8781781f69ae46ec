// A word that may be a clause's finite verb as written: a tensed form ("said", "is"), a helper, a contracted or
// fused negative ("doesn't", "cannot"), or a plain or third-person present ("love", "hopes"). Asked where a
// clause must show a verb soon, never to tell a noun from a verb on its own.
import { wordLexicon } from './compromise-lexicon.ts';
import { isTensedWord, TENSED_HELPERS } from './tensed-word.ts';
import { lowerOf, type Token } from './tokens.ts';

export function isFiniteLike(token: Token | undefined): boolean {
  if (token === undefined || !/^\p{Ll}/u.test(token.text)) return false;
  const word = lowerOf(token);
  if (isTensedWord(token) || TENSED_HELPERS.has(word) || word === 'cannot' || /n['’]t$/.test(word))
    return true;
  const verbs = wordLexicon().verbs;
  return (
    verbs.has(word) || (word.endsWith('s') && (verbs.has(word.slice(0, -1)) || verbs.has(word.slice(0, -2))))
  );
}
