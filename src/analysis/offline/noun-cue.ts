// "The mayor resigned amid claims that he sold the pier", "faced claims from aides that he was rude", "dismissed
// reports that …": a cue word that is also a plural noun, after a preposition, a determiner or a verb, is the
// noun. Read as the verb, its report went to the sentence's subject, who is the one accused, not the one saying it.
// So is one counted ("four reports") or the second word of a compound ("police reports", "news reports"): read
// as the verb, "a story detailing <n> police" was shown as a speaker (an editor's read).
import { COUNTED_WORDS } from './clause-frame.ts';
import { isEdForm, isPastForm } from './tensed-word.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Cue words that are as often plural nouns of what others say. */
const NOUN_CUES = new Set([
  'claims',
  'reports',
  'charges',
  'notes',
  'comments',
  'remarks',
  'tweets',
  'posts',
]);
/** Words after which such a word is the noun. */
const NOUN_BEFORE = new Set(
  `a an the these those such new recent amid of about despite over to on against with from
  after before following by in among`.split(/\s+/),
);

/**
 * Nouns that make a compound with such a word, written in lower case: "police reports", "press reports",
 * "criminal charges"; "the Daily News reports", "CBS News reports" are an outlet and its verb.
 */
const COMPOUND_FIRST = new Set(
  'police press news media intelligence credit earnings court criminal felony fraud corruption'.split(' '),
);

/** Whether the cue at `at` is a plural noun rather than the verb. */
export function isNounCue(tokens: Token[], at: number): boolean {
  if (!NOUN_CUES.has(lowerOf(tokens[at]))) return false;
  const before = tokens[at - 1];
  if (!before) return false;
  const word = lowerOf(before);
  if (NOUN_BEFORE.has(word) || COUNTED_WORDS.has(word) || /^\d/.test(word)) return true;
  if (COMPOUND_FIRST.has(word) && before.text === word) return true;
  return isPastForm(before) || isEdForm(before);
}

/** Words after which "states" is the plural noun: "many states", "member states", "the Gulf states". */
const STATES_BEFORE = new Set(
  `many some several other all both member neighbouring neighboring southern northern western eastern gulf baltic
  arab border swing battleground these those the such`.split(/\s+/),
);

/**
 * Whether "states" at `at` is the noun: "worries many Asian states, and it has worn “silk mittens”" gave the
 * quote to "Asian" (an editor's read: a named expert credited after the quote said it). Capitalised ("United
 * States"), after a word of the set above, or after a capitalised adjective of place ("Asian", "Balkan").
 */
export function isStatesNoun(tokens: Token[], at: number): boolean {
  const states = tokens[at]?.text;
  if (states === 'States') return true;
  if (states !== 'states') return false;
  const before = tokens[at - 1]?.text ?? '';
  return STATES_BEFORE.has(before.toLowerCase()) || /^\p{Lu}\p{Ll}+(?:an|ese|ic)$/u.test(before);
}
