// "Reyes reiterated that approach in an interview": after a verb of saying, "that" may be a determiner, and the
// words after it a noun phrase, not a clause anyone reported.
import { wordLexicon } from './compromise-lexicon.ts';
import { hasFiniteVerb } from './speaker-check.ts';
import type { Token } from './tokens.ts';

/** Whether the clause after "that" opens on a word that may be a verb, with no verb after it. */
export function determinerThat(text: string, words: Token[]): boolean {
  const head = words[0] as Token;
  // A singular noun, as "that" the determiner wants: "that plans to …" has lost its subject, not gained one.
  if (!/^\p{Ll}+[^s]$/u.test(head.text) || !wordLexicon().verbs.has(head.text)) return false;
  // Read with a pronoun in the head's place, so that a verb right after it is seen ("that approach works"), and
  // only tensed verbs count ("in his radio interview" holds none).
  return !hasFiniteVerb(`it${text.slice(head.end, (words.at(-1) as Token).end)}`, true);
}
