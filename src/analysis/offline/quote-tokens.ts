// The tokens the attribution rules read: a sentence's words outside quotes, with one marker token standing
// for each quote, so "“…,” she said" reads as [QUOTE, ",", "she", "said"].

import { CUE_VERBS } from './lexicon.ts';
import { type Sentence, type TextModel, unquotedTokens } from './sentences.ts';
import type { SpeakerRef } from './speaker-phrase.ts';
import { lowerOf, type Token } from './tokens.ts';

export const QUOTE_MARK = '\u0000quote';

/** A speaker found for a quote, before it is resolved to a name. */
export interface Found {
  ref: SpeakerRef;
  role: string | null;
  cue: string;
  /**
   * The credit after a quote goes on into a clause or a colon of its own ("“…,” Reyes said the two files
   * differed", "“…,” Brandt said: “…”"): it may begin the next report rather than end this one.
   */
  opensClause?: boolean;
  /** Its verb runs on into the next quote ("“…” Reyes said the fares “…”"): it introduces that quote. */
  leadsIntoQuote?: boolean;
  /** It closes the sentence after its last quote ("…“…” and “…”, Reyes said."): it credits the quotes before too. */
  closesSentence?: boolean;
  /** It credits its own quote only: the one a video shows saying it (shown-speaker.ts), not the sentence's next. */
  ownOnly?: boolean;
}

/** The sentence's tokens outside quotes, with one marker token standing for each quote. */
export function sentenceTokens(model: TextModel, sentence: Sentence): Token[] {
  const quotes = sentence.quotes;
  const words = unquotedTokens(model, sentence);
  // Both lists are in text order: merged, not copied and sorted (a comparator call per pair). On a tie the
  // word comes first, as the stable sort of words-then-markers put it.
  const tokens: Token[] = [];
  let w = 0;
  for (const quote of quotes) {
    while (w < words.length && (words[w] as Token).start <= quote.open) tokens.push(words[w++] as Token);
    // `lowered` as on every other token: one shape for all tokens keeps the rules' property reads fast.
    const end = (quote.close ?? quote.end) + 1;
    tokens.push({ text: QUOTE_MARK, start: quote.open, end, word: false, lowered: undefined, quoted: false });
  }
  while (w < words.length) tokens.push(words[w++] as Token);
  return tokens;
}

/** Whether a verb of saying stands among tokens[from, to). */
export function hasCueIn(tokens: Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (CUE_VERBS.has(lowerOf(tokens[k]))) return true;
  return false;
}
