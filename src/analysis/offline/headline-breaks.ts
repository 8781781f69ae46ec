// Headlines capitalise every word, so a run of capitals there reads straight through a verb or a preposition:
// "Ilse Brandt Says Reyes …" made one person "Ilse Brandt Says Reyes", "… Endorses Tomas Reyes With Brandt’s
// Blessing" one named "Tomas Reyes With Brandt". Either name then failed as a speaker, and the body's quotes
// credited to "Brandt" or "she" (the same entity) were dropped. In a heading, such words end a name. A heading
// is known by its case, not by its paragraph: many archives end the headline with a full stop, and it then
// reads as the first sentence of the body.
import { CUE_VERBS, NOT_NAME_WORDS, ORG_HEADS, ROLE_NOUNS } from './lexicon.ts';
import type { Sentence } from './sentences.ts';
import { isCapitalised, lowerOf, type Token } from './tokens.ts';

/**
 * Verbs and adverbs a headline puts between two names that are never part of either: "Is", "Will", "Just",
 * "Makes". The auxiliaries are all there are; the adverbs and the verbs are those frequent in headlines, and a
 * verb not listed ("Stays") still joins the run it stands in.
 */
const HEADLINE_WORDS = new Set(
  `is are was were be been will would can could has have had does did may might must should shall just now
  still finally reportedly again already never even really actually makes takes gets gives goes wants wins
  loses leads joins plans faces backs endorses rips hits wades compares reveals announces slams receives
  sees blasts becomes denies defies reflects rattles elects thinks denounces unleashes sends proves meets
  prompts stuns brings exploits hammers speaks seeks recognizes comes urges vows`.split(/\s+/),
);

/**
 * Verbs of saying that are also nouns ending names: "United States", "Consumer Reports", "Field Notes".
 * Also "of", which joins a body's name ("Bank Of Norland") as often as it splits two.
 */
const KEPT = new Set(['states', 'reports', 'notes', 'reads', 'claims', 'of']);

/** Whether `token`, capitalised in a headline, ends the run of capitals before it and starts none. */
export function breaksHeadlineName(token: Token): boolean {
  const word = lowerOf(token);
  if (KEPT.has(word)) return false;
  return (
    NOT_NAME_WORDS.has(word) || CUE_VERBS.has(word) || HEADLINE_WORDS.has(word) || CONTRACTION.test(word)
  );
}

/** "I’m", "Won’t", "They’ll": never a name's word, where "O’Malley" and "D’Souza" are. */
const CONTRACTION = /['’](?:m|re|ve|ll|d|t)$/;

/**
 * A one-word run of a headline that is a body's or a role's noun ("Newspaper Says …", "… Campaign …") is the
 * noun itself, capitalised as every word there is, and no name. In prose such a word opens a sentence, and
 * the rules that read it there are left as they are.
 */
export function isHeadlineNoun(token: Token): boolean {
  const word = lowerOf(token);
  return ORG_HEADS.has(word) || ROLE_NOUNS.has(word);
}

/**
 * Every word of five or more capitalised, bar short joining words ("of", "a", "to"): "Korvin Mayor Backs Ilse
 * Brandt In Tarsa Race". Prose answers at its first lower-case word, most often the second or third.
 */
export function isHeadlineCase(sentence: Sentence): boolean {
  let capitalised = 0;
  for (const token of sentence.tokens) {
    if (!token.word) continue;
    if (isCapitalised(token.text)) capitalised++;
    else if (!NOT_NAME_WORDS.has(lowerOf(token))) return false;
  }
  return capitalised >= 5;
}
