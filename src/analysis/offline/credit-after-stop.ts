// Whether the words after a quote that ends on a stop ("…?”", "…!”", "….”") credit it, so that the sentence
// splitter keeps them in the quote's sentence: “…?” Graham asked. Kept apart from sentences.ts, which splits.
import { isAfterQuoteVerb } from './after-quote-cues.ts';
import { creditClause } from './credit-clause.ts';
import { CUE_VERBS } from './lexicon.ts';

/**
 * “…?” Graham asked. — a short run of words with a verb of saying after a quote credits it; so does a longer
 * one that opens with a verb only a quote makes speech, after a question or an exclamation ("“…?” Reyes went
 * on, as if he had not heard her"). After a full stop that verb starts the reporter’s next sentence
 * ("“…a failed treasurer.” Reyes fired back in May").
 */
export function isCredit(text: string, from: number, end: number, askedOrExclaimed: boolean): boolean {
  const rest = text.slice(from, Math.min(end, from + 120));
  const clause = creditClause(text, from, rest, askedOrExclaimed);
  // A party tag is part of the name, not more words of a clause: "Ada Brenner, R-Ariz., asked".
  const words = clause.replace(PARTY_TAG, ' ').match(/[\p{L}’']+/gu) ?? [];
  if (words.length === 0) return false;
  // “…?” Reyes replied, “…” — a reply that leads into another quote introduces that quote, and says the one
  // before it was someone else's: the question is not credited to the one who answers it.
  const intoQuote = opensQuote(rest.charCodeAt(clause.length));
  for (let k = 0; k < words.length && k < MAX_CREDIT_WORDS; k++) {
    const word = words[k] as string;
    if (intoQuote && isReply(word, words[k + 1])) return false;
    // “…?” Brandt asks as a porter walks in: after a question, a name and its verb credit it, however long.
    // “…” On the levy, Reyes said, “…” — a lead-in before the credit opens the next quote's sentence.
    if (CUE_VERBS.has(word.toLowerCase())) {
      // “….” Harbour officials dismissed that criticism. — a verb of judging with an object of its own judges
      // that object, and opens the reporter's next sentence.
      if (
        !askedOrExclaimed &&
        JUDGING.has(word.toLowerCase()) &&
        OBJECT_OPENERS.has(words[k + 1]?.toLowerCase() ?? '')
      )
        return false;
      // “….” The Elm Gazette reported in May that Mr. Vance “…” — a verb with a "that" clause of its own
      // reports something new: the reporter's next sentence, not this quote's credit.
      if (!askedOrExclaimed && opensThatClause(rest, word)) return false;
      if (intoQuote && k >= 3) return false;
      return (
        (words.length <= 8 && k < 8) ||
        (askedOrExclaimed && namesBefore(words, k)) ||
        NAME_WITH_ROLE.exec(clause)?.[1] === word.toLowerCase()
      );
    }
    if (askedOrExclaimed && k < 3 && isAfterQuoteVerb(word, words[k + 1])) return true;
  }
  return false;
}

/**
 * Whether the words before the verb at `k` can be its speaker alone: two words at most ("Tomas Reyes"), or a
 * title and a name, every word capitalised ("State Senator Tomas Reyes asked as he …"). Not a lead-in with
 * a name in it ("On the levy, Reyes said").
 */
function namesBefore(words: string[], k: number): boolean {
  if (k < 3) return true;
  if (k > 5) return false;
  for (let w = 0; w < k; w++) if (!/^\p{Lu}/u.test(words[w] as string)) return false;
  return true;
}

/** How many words into the credit its verb is looked for. */
const MAX_CREDIT_WORDS = 12;

/**
 * "Councilwoman Ada Roe of Tarsa, the minority leader, asked at a briefing": a name (with its title and its
 * place) and a role between commas right before the verb are the speaker alone, however long the credit runs.
 */
const NAME_WITH_ROLE =
  /^\s*(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}(?:of\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?\s*)?,\s+(?:the|a|an)\s+[^,“”"]{1,50},\s+(\p{Ll}+)/u;

/** A "that" after the verb `word`, before any quote mark or stop: "reported on May 5, 2013, that …". */
function opensThatClause(rest: string, word: string): boolean {
  const tail = rest.slice(rest.indexOf(word) + word.length);
  return THAT_CLAUSE.test(tail);
}
const THAT_CLAUSE = /^[^“”"!?]*?\bthat\s+(?!day|night|morning|evening|week|time|year)\S/;

/** Verbs of saying that judge something: after a quote, their own object is what they judge. */
const JUDGING = new Set(
  `dismissed dismisses criticized criticised criticizes criticises attacked attacks ridiculed ridicules decried
  decries condemned condemns denounced denounces slammed slams blasted blasts mocked mocks derided derides
  praised praises hailed hails lauded lauds rejected rejects disputed disputes questioned questions`.split(
    /\s+/,
  ),
);
/** Words that open a noun phrase: "dismissed that criticism", "praised the plan". */
const OBJECT_OPENERS = new Set('that this these those the a an his her their its such'.split(' '));

const PARTY_TAG = /\(?\b[DRI]-[A-Z][A-Za-z.]*\)?/g;

/** “ or ": after a closed quote and its credit, a quote mark opens the next quote. */
function opensQuote(code: number): boolean {
  return code === 0x201c || code === 34;
}

const REPLY_VERBS = new Set(
  'replied replies responded responds answered answers retorted retorts countered counters'.split(' '),
);
/** The verbs whose particle "back" makes them a reply: "wrote back", "shot back". */
const BACK_VERBS = new Set('wrote writes shot shoots fired fires hit hits snapped snaps'.split(' '));

/** A verb of replying, alone ("replied") or with "back" ("wrote back"). */
function isReply(word: string, next: string | undefined): boolean {
  const lower = word.toLowerCase();
  return REPLY_VERBS.has(lower) || (BACK_VERBS.has(lower) && next?.toLowerCase() === 'back');
}
