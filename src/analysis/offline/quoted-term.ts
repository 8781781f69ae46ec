// Quote marks around a term rather than words someone said: "what is known as the “harbour levy”", "the
// so-called “harbour levy”". The attribution rules would credit such a term to whoever the sentence reports (a
// senator who "confirmed his party would use what is known as the “…”"), and a fact sheet would then show the
// reporter's label as that person's words.
import type { QuoteSpan } from './quote-spans.ts';

/** "known as the “…”", "so-called “…”", "titled “…”": the reporter names a term or a title, whoever coined it. */
export function isQuotedTerm(text: string, quote: QuoteSpan): boolean {
  // Read back past the spaces to the last letter: every phrase ends in "s", "d", "e", "a" or "n" ("known as",
  // "so-called", "titled", "known as the", "known as a", "known as an"). Most quotes are passed here.
  let k = quote.open - 1;
  while (k > 0 && text.charCodeAt(k) === 32) k--;
  if (!LAST_LETTERS.has(text.charCodeAt(k) | 32)) return false;
  if (KNOWN_AS.test(text.slice(Math.max(0, quote.open - 24), quote.open))) return true;
  return AVOIDED.test(text.slice(Math.max(0, quote.open - 64), quote.open));
}
/** The last letters of the phrases below: s, d, e, a, n, and m, l for "term", "label". */
const LAST_LETTERS = new Set([115, 100, 101, 97, 110, 109, 108]);

// "criticised her for avoiding the term “…”", "refused to use the word “…”": a term the subject did not say.
const AVOIDED =
  /\b(?:avoid(?:s|ed|ing)?|(?:not|never) (?:use|used|say|said|utter|uttered)|refus(?:e|es|ed|ing) to (?:use|say|utter))(?: the)? (?:term|phrase|words?|label)\s*$/i;

// "the plan, also referred to as “…”", "a video titled “…”": a name given to a thing, no one's words.
const KNOWN_AS = /\b(?:(?:known|referred to) as(?: the| a| an)?|so-called|so called|(?:en)?titled)\s*$/i;
