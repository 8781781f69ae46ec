// Quote marks around a term rather than words someone said: "what is known as the “harbour levy”", "the
// so-called “harbour levy”", or around a crowd's chant. The attribution rules would credit such a term to whoever the sentence reports (a
// senator who "confirmed his party would use what is known as the “…”"), and a fact sheet would then show the
// reporter's label as that person's words.
import type { QuoteSpan } from './quote-spans.ts';

/** "known as the “…”", "so-called “…”", "titled “…”": the reporter names a term or a title, whoever coined it. */
export function isQuotedTerm(text: string, quote: QuoteSpan): boolean {
  if (namesWhatFollows(text, quote) || countedTerm(text, quote) || definedTerm(text, quote)) return true;
  // Read back past the spaces to the last letter: every phrase ends in "s", "d", "e", "a" or "n" ("known as",
  // "so-called", "titled", "known as the", "known as a", "known as an"). Most quotes are passed here.
  let k = quote.open - 1;
  while (k > 0 && text.charCodeAt(k) === 32) k--;
  if (!LAST_LETTERS.has(text.charCodeAt(k) | 32)) return false;
  if (KNOWN_AS.test(text.slice(Math.max(0, quote.open - 24), quote.open))) return true;
  return AVOIDED.test(text.slice(Math.max(0, quote.open - 64), quote.open));
}
/** The last letters of the phrases below: s, d, e, a, n, m, l, r, g, f, h ("label", "hashtag", "of", "with"). */
const LAST_LETTERS = new Set([115, 100, 101, 97, 110, 109, 108, 114, 103, 102, 104]);

// "criticised her for avoiding the term “…”", "refused to use the word “…”", "his refusal to use the words
// “…”", "urged her to refrain from using the phrase “…”": a term the subject did not say. "the definition of
// “…”", "a shirt printed with the words “…”": a word defined, or written on a thing. "Walking in to chants of
// “…,” the senator said …": a crowd's words, not the speaker's (an editor's read).
const AVOIDED =
  /\b(?:(?:chants?|cries|shouts|roars?|chorus(?:es)?|jeers|boos) of|avoid(?:s|ed|ing)?|(?:not|never) (?:use|used|say|said|utter|uttered)|refus(?:e|es|ed|ing|al) to (?:use|say|utter)|refrain(?:s|ed|ing)? from (?:using|saying)|(?:definition|meaning) of|(?:emblazoned|printed|inscribed) with)(?: the)? (?:term|phrase|words?|label)?\s*$/i;

// "the plan, also referred to as “…”", "a video titled “…”": a name given to a thing, no one's words.
// "who used the handle “…”", "his nickname “…”": a name someone goes by. "a memo marked “…”", "files classified as
// “…”": a label on a thing.
const KNOWN_AS =
  /\b(?:(?:known|referred to) as(?: the| a| an)?|so-called|so called|(?:en)?titled|handle|nickname|moniker|pseudonym|alias|hashtag|user ?name|screen name|code ?name|marked|label(?:l)?ed|stamped|classified as)\s*$/i;

/**
 * A short quote that names the law, policy or ground after it: "refuse service on “religious freedom” grounds",
 * "the “open harbour” policy", "posting an “outtakes” gallery". The outlet's label for a thing, whoever the
 * sentence reports. So are words named as someone's remarks (namesOthersWords).
 */
function namesWhatFollows(text: string, quote: QuoteSpan): boolean {
  if (quote.close === null || quote.end - quote.start > MAX_NAME_LENGTH) return false;
  const after = text.slice(quote.close + 1, quote.close + 16);
  const before = text.slice(Math.max(0, quote.open - 12), quote.open);
  if (REMARK_HEAD.test(after)) return namesOthersWords(text, quote, after, before);
  return NAMED_HEAD.test(after) && OPENS_NAME.test(before);
}

/**
 * "weak on the “free ferries for all” quotes", "attacked Ruiz's “crews first” comments": words of two or
 * more set before "quotes" (after an article or a possessive) or before another's "remarks" or "comments" (after
 * a name's "'s"). A single word is the speaker's own label ("Ruiz's “reckless” remarks"), "the “…” remark" as often
 * the speaker's own as another's, and "a “legitimate rape,” comments that …" sets the noun apart with a comma.
 */
function namesOthersWords(text: string, quote: QuoteSpan, after: string, before: string): boolean {
  if (text.charCodeAt(quote.end - 1) === 44 || !/\s/.test(text.slice(quote.start, quote.end).trim()))
    return false;
  return QUOTES_HEAD.test(after) ? OPENS_OTHERS_WORDS.test(before) : POSSESSIVE.test(before);
}
const MAX_NAME_LENGTH = 40;
const NAMED_HEAD =
  /^ (?:laws?|bills?|act|policy|policies|rules?|grounds|movement|program|programme|doctrine|amendment|provision|statute|clause|exemption|gallery|galleries|section|series|segment|column|exhibit|slideshow|tab|button|logo|website)\b/;
/** Nouns for someone's words: "the “free ferries” quotes" names them; "his “fine people” remarks" are his own. */
const REMARK_HEAD = /^ (?:quotes?|remarks?|comments?)\b/;
const QUOTES_HEAD = /^ quotes?\b/;
const OPENS_OTHERS_WORDS = /(?:\b(?:the|a|an)|['’]s) $/i;
const POSSESSIVE = /\p{L}['’]s $/u;
/** What stands before a name used as a modifier: an article, a possessive or a preposition. */
const OPENS_NAME = /(?:\b(?:the|a|an|its|their|his|her|on|of|under|for)|['’]s) $/i;

/**
 * "fans were startled to receive a “like” or a note from him": one quoted word counted with "a" after a verb of
 * getting or sending, beside another thing got ("or a message"), is the outlet's term for a thing. "called him
 * a “liar” and a “whiner”" and "would get an “affirmative” vote" stay quotes.
 */
function countedTerm(text: string, quote: QuoteSpan): boolean {
  if (quote.close === null || /\s/.test(text.slice(quote.start, quote.end))) return false;
  if (!GOTTEN.test(text.slice(Math.max(0, quote.open - 20), quote.open))) return false;
  return /^[.,]? (?:or|and) (?:a|an|the)\s/.test(text.slice(quote.close + 1, quote.close + 12));
}
const GOTTEN = /\b(?:get|gets|got|getting|receive[sd]?|receiving|send|sends|sent|sending) an? $/i;

/**
 * "a pun on the phrase “anchor kid,” which …": a term the outlet explains, not the words of whoever the sentence
 * reports. (Not a note after the quote: "“a Trojan horse,” a term she uses for …" is her own word.)
 */
function definedTerm(text: string, quote: QuoteSpan): boolean {
  return PUN_ON.test(text.slice(Math.max(0, quote.open - 48), quote.open));
}
const PUN_ON =
  /\b(?:play|pun|riff|twist) on(?: words with)?(?: the)? (?:phrase|term|words?|expression|slogan)\s*$/i;
