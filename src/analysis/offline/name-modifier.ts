// A name that only modifies the noun after it speaks for no one: "the Maren team" is the team, "the Clinton
// proposals" are proposals. Kept apart from speaker-phrase.ts, which asks it before taking a name as the speaker.
import { wordLexicon } from './compromise-lexicon.ts';
import type { Mention } from './entities.ts';
import { BODY_NOUNS, ROLE_NOUNS } from './lexicon.ts';
import { isTensedWord, TENSED_HELPERS } from './tensed-word.ts';
import type { Token } from './tokens.ts';

/** "the Maren team", "the Clinton proposals": a noun for a group or a plan right after the name it modifies. */
export function modifiesNoun(tokens: Token[], mention: Mention, limit: number): boolean {
  const at = tokens.findIndex((t) => t.start >= mention.end);
  if (at < 0 || at > limit) return false;
  const word = (tokens[at] as Token).text;
  return /^\p{Ll}/u.test(word) && isModifiedNoun(word);
}

/**
 * "the Obama administration", "Trump aides", "Reyes officials", "Reyes operatives": a body, a group, a role of
 * the name's, or people named by what they do (compromise's Actor nouns).
 */
export function isModifiedNoun(word: string): boolean {
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  const { actors } = wordLexicon();
  return (
    MODIFIED_NOUNS.has(word) ||
    BODY_NOUNS.has(word) ||
    ROLE_NOUNS.has(singular) ||
    actors.has(word) ||
    actors.has(singular)
  );
}
const MODIFIED_NOUNS = new Set(
  `team camp aides aide allies ally supporters supporter backers loyalists fans fan proposal proposals plan plans spokesman
  spokeswoman veteran veterans voter voters donor donors adviser advisers confidant confidants operative operatives
  strategist strategists surrogate surrogates staff staffers movement movements campaign era outlet outlets paper
  papers newspapers empire`.split(/\s+/),
);

/**
 * "a 2008 Clinton veteran", "when Reyes supporters shouted": a lower-case word that is no verb right after the
 * name, within tokens[..limit]; the name only describes it.
 */
export function beforeCommonNoun(tokens: Token[], mention: Mention, limit = tokens.length - 1): boolean {
  const at = tokens.findIndex((t) => t.start >= mention.end);
  const next = tokens[at];
  return at >= 0 && at <= limit && next !== undefined && /^\p{Ll}/u.test(next.text) && !isTensedWord(next);
}

/**
 * The same in running text, for a name met outside a speaker phrase: "counts himself a devout Trump supporter"
 * names a supporter, and "he" in the next sentence is not Trump.
 */
export function modifiesNounInText(text: string, mention: Mention): boolean {
  const word = /^ (\p{Ll}+)/u.exec(text.slice(mention.end, mention.end + 20))?.[1];
  return word !== undefined && isModifiedNoun(word);
}

/**
 * A name after a determiner that only modifies the noun after it: "the Reyes approach", "the Clinton or Reyes
 * model"; not a verb the lexicon may lack ("hopes", "vetoes", "clashed") nor an adverb ("quietly"). Without a
 * determiner the name is a subject: "Tom Reyes cut his pay", "Ana Ruiz rose".
 */
export function modifiesAfterDeterminer(text: string, mention: Mention): boolean {
  if (!DETERMINER_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start))) return false;
  const word = /^\s(\p{Ll}+)\b/u.exec(text.slice(mention.end, mention.end + 30))?.[1];
  if (word === undefined) return false;
  const lexicon = wordLexicon();
  if (lexicon.tensed.has(word) || /(?:ed|ly|[^s]s)$/.test(word) || TENSED_HELPERS.has(word)) return false;
  return lexicon.nounOrVerb.has(word) || (lexicon.listed.has(word) && !lexicon.notNouns.has(word));
}
const DETERMINER_BEFORE =
  /\b(?:the|a|an|this|that|its|his|her|their|our)\s+(?:\p{Lu}[\p{L}'’-]*\s+(?:or|and)\s+)?$/iu;
