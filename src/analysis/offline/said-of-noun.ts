// "Brandt told the Courier that Reyes’s comments “show contempt for the port”", "Reyes’s remarks were “a
// disgrace,” Brandt said", "Brandt waved off Reyes’s claims as “noise”": the quote says something OF a noun of
// saying; it does not give the words the noun stands for. Those follow a content marker ("Reyes’s claim that
// …", "Reyes’s words: “…”"), a topic ("Reyes’s remarks about the crews being “lazy”") or stand right after
// the noun as a sentence of their own ("Reyes’s warning, “Stay home,” went unheeded").
import { isWord, lowerOf, type Token } from './tokens.ts';

/** Words that lead from a noun of saying to what was said: "claim that …", "assertion of a “…”", "words: “…”". */
export const CONTENT_MARKERS = new Set(['that', 'of', ':']);

/**
 * "Ruiz’s call at the rally to “make the port whole again”", "Ruiz’s call for a “harbour tax”": what a call, a
 * pledge or a vow is for, in its owner's words, "to" right before the quote or "for" right after a call.
 */
export function callsFor(tokens: Token[], noun: number, markAt: number): boolean {
  const before = lowerOf(tokens[markAt - 1]);
  if (before === 'to') return TO_NOUNS.has(lowerOf(tokens[noun]));
  const forAt = FOR_ARTICLES.has(before) ? markAt - 2 : markAt - 1;
  if (forAt !== noun + 1 || lowerOf(tokens[forAt]) !== 'for' || !FOR_NOUNS.has(lowerOf(tokens[noun])))
    return false;
  // The quote must be all that is called for: in "<B>’s call for a “job-killing” levy" it only describes the
  // levy, in whoever's words, and in "<B>’s call for a “tax” was “a folly”" the call is what is spoken of.
  // The whole quote is one token in the attribution rules' tokens (quote-tokens.ts): the word after it is next.
  const next = tokens[markAt + 1];
  return !next || !isWord(next) || ENDS_OBJECT.has(lowerOf(next));
}
const FOR_NOUNS = new Set(['call', 'calls', 'plea']);
/** What may follow a whole object: a time, a place, a contrast. */
const ENDS_OBJECT = new Set(['on', 'in', 'at', 'during', 'over', 'last', 'this', 'earlier', 'and', 'but']);
const FOR_ARTICLES = new Set(['a', 'an', 'the', 'more']);

/** Nouns of saying whose content may be an infinitive: "call to …", "pledge to …". */
const TO_NOUNS = new Set('call calls pledge promise vow vows plea warning'.split(' '));

/** Prepositions that open the topic of a noun of saying: "his comments about the crews …". */
const TOPIC_PREPOSITIONS = new Set('about on regarding concerning over toward towards against'.split(' '));

/** A verb that links the noun to what is said of it, or "as" after a verb of naming ("dismissed X’s claims as"). */
const SAID_OF_LINKS = new Set('is are was were be been as'.split(' '));

/** Whether the quote at `markAt` is said of the noun of saying at `noun`, not what that noun said. */
export function quoteSaidOfNoun(tokens: Token[], noun: number, markAt: number, text: string): boolean {
  const between = tokens.slice(noun + 1, markAt).filter((t) => t.text !== ',');
  if (between.some((t) => CONTENT_MARKERS.has(lowerOf(t)))) return false;
  if (callsFor(tokens, noun, markAt)) return false;
  if (between.length > 0) {
    // "comments about the crews being “…”" gives the comments’ words; "comments about them were “…”" does not.
    const linked = between.some((t) => SAID_OF_LINKS.has(lowerOf(t)));
    return linked || !TOPIC_PREPOSITIONS.has(lowerOf(between[0]));
  }
  // Right after the noun: a quote opening in lower case goes on the sentence as its verb or complement.
  const mark = tokens[markAt] as Token;
  const first = /\p{L}/u.exec(text.slice(mark.start, mark.start + 4));
  return first !== null && /\p{Ll}/u.test(first[0]);
}

/**
 * Whether two quotes of a sentence give one content: "Reyes’s claim that they were “lazy” and “slow”". Not in
 * "Brandt called Reyes’s promise of a “fair wage” for the dockers “empty”": words between them end the
 * promise's content, and the second quote is what the sentence's verb calls it, its subject's words.
 */
export function joinedQuotes(text: string, from: number, to: number): boolean {
  return /^[\s,]*(?:(?:and|or)\s+)?$/u.test(text.slice(from, to));
}
