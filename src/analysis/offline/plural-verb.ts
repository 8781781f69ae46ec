// Where a plural subject ends: "Democrats see Reyes as a threat", "Councillors trust Ana Ruiz". Read forward,
// the phrase reader runs over a verb it does not know and takes the name after it, the object, for the subject.
import { wordLexicon } from './compromise-lexicon.ts';
import { isPersonNoun } from './speaker-like.ts';
import { isPlainVerb } from './tensed-word.ts';
import { lowerOf, type Token } from './tokens.ts';

/**
 * "leaders see", "Police want": a word only ever a verb, after a plural or a collective noun, ends the subject;
 * so does one read as a noun only by context ("trust", "love") when a capitalised name follows it. Not a word
 * that names a person too ("Federal judge Ana Ruiz", "Tour guide", "Human rights advocate"), nor "like".
 */
export function pluralsVerb(tokens: Token[], k: number): boolean {
  const word = lowerOf(tokens[k]);
  const before = lowerOf(tokens[k - 1]);
  const plural = (/[^s]s$/.test(before) && before !== 'rights') || COLLECTIVES.has(before);
  if (!plural || ROLE_VERBS.has(word) || isPersonNoun(word)) return false;
  if (word === 'think' && lowerOf(tokens[k + 1]) === 'tank') return false;
  return isPlainVerb(tokens, k) || beforeName(tokens, k);
}
const ROLE_VERBS = new Set(
  'like elect coach judge chair host head counsel guard whip advocate volunteer guide intern aide'.split(' '),
);
const COLLECTIVES = new Set(
  'police people staff public party union board crowd many some others most few'.split(' '),
);

/**
 * A lower-case verb right before a capitalised word, that compromise reads as a noun only by context and never
 * lists as one: "trust Ana Ruiz", "love …". Not "star", "anchor", "back" ("Tennis star Ada Kiel").
 */
function beforeName(tokens: Token[], k: number): boolean {
  const token = tokens[k] as Token;
  const lexicon = wordLexicon();
  return (
    /^\p{Ll}+$/u.test(token.text) &&
    /^\p{Lu}\p{Ll}/u.test(tokens[k + 1]?.text ?? '') &&
    lexicon.nounOrVerb.has(token.text) &&
    lexicon.notNouns.has(token.text) &&
    lowerOf(tokens[k - 1]) !== 'to'
  );
}
