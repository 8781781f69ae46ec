// "The mayor resigned amid claims that he sold the pier", "faced claims from aides that he was rude", "dismissed
// reports that …": a cue word that is also a plural noun, after a preposition, a determiner or a verb, is the
// noun. Read as the verb, its report went to the sentence's subject, who is the one accused, not the one saying it.
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

/** Whether the cue at `at` is a plural noun rather than the verb. */
export function isNounCue(tokens: Token[], at: number): boolean {
  if (!NOUN_CUES.has(lowerOf(tokens[at]))) return false;
  const before = tokens[at - 1];
  if (!before) return false;
  return NOUN_BEFORE.has(lowerOf(before)) || isPastForm(before) || isEdForm(before);
}
