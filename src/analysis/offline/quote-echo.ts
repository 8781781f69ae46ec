// A paragraph that repeats a quote without its marks: the text of an embedded post printed under the
// paragraph that quoted it ("“The story is false!” Pierce tweeted." then the post itself, "The story is
// FALSE!!! I stand by it."). It is the speaker's words, not the story's narration, and none of its sentences
// is a summary line or a key fact. A quote set apart before the story repeats it (a pull quote) is the
// other way round, and leaves the story's own sentence alone.
import { firstAtOrAfter } from '../../util/sorted-search.ts';
import type { TextModel } from './sentences.ts';
import { lowerOf, type Token } from './tokens.ts';

/** How many opening words must match: fewer and a common opening ("We are going to") would. */
const OPENING_WORDS = 6;
/** How far, in paragraphs, the post may follow the quote. */
const MAX_GAP = 2;

/**
 * The paragraphs that echo a quote (asked through SentenceReads.echoes, once per article), read from the
 * tokens the model already holds, lower-cased: a quote's first six words are those of the sentence it opens in.
 */
export function echoParagraphs(model: TextModel): Set<number> {
  // Each quote by its first word, with where it opens and its paragraph: only a paragraph that opens on one of
  // these words (few do) has its six words and the quote's compared.
  const byFirstWord = new Map<string, QuoteOpening[]>();
  for (const sentence of model.sentences) {
    // The quotes are in text order: one walk over the sentence's tokens finds each one's first word.
    let k = 0;
    for (const quote of sentence.quotes) {
      const tokens = sentence.tokens;
      while (k < tokens.length && ((tokens[k] as Token).start <= quote.open || !(tokens[k] as Token).word))
        k++;
      const first = k < tokens.length ? lowerOf(tokens[k]) : null;
      if (first === null) continue;
      const list = byFirstWord.get(first);
      const entry = {
        tokens: sentence.tokens,
        open: quote.open,
        paragraph: sentence.paragraph,
        key: undefined,
      };
      if (list) list.push(entry);
      else byFirstWord.set(first, [entry]);
    }
  }
  const echoes = new Set<number>();
  let last = -1;
  for (const sentence of model.sentences) {
    if (sentence.paragraph === last) continue;
    last = sentence.paragraph;
    if (sentence.quotes.length > 0) continue;
    const first = firstWordAfter(sentence.tokens, sentence.start - 1);
    const quotes = first === null ? undefined : byFirstWord.get(first);
    if (quotes === undefined) continue;
    const key = openingOf(sentence.tokens, sentence.start - 1);
    if (key === null) continue;
    // Only the quotes of the MAX_GAP paragraphs before this one (each list is in text order): a common first
    // word ("the") opens thousands of quotes in a long paste, and reading them all for every paragraph grew
    // with the square of its length. Each quote's six words are read once, when first compared.
    for (let q = firstAtOrAfter(quotes, sentence.paragraph - MAX_GAP, byParagraph); q < quotes.length; q++) {
      const quote = quotes[q] as QuoteOpening;
      if (quote.paragraph >= sentence.paragraph) break;
      if (quote.key === undefined) quote.key = openingOf(quote.tokens, quote.open);
      if (quote.key === key) echoes.add(sentence.paragraph);
    }
  }
  return echoes;
}

const byParagraph = (quote: QuoteOpening) => quote.paragraph;

/** A quote by where it opens, and its first six words once read (null: fewer). */
interface QuoteOpening {
  tokens: readonly Token[];
  open: number;
  paragraph: number;
  key: string | null | undefined;
}

/** The first word after offset `after`, lower case, or null. */
function firstWordAfter(tokens: readonly Token[], after: number): string | null {
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.start > after && token.word) return lowerOf(token);
  }
  return null;
}

/** The first six words after offset `after`, lower case, joined by spaces; null when there are fewer. */
function openingOf(tokens: readonly Token[], after: number): string | null {
  const words: string[] = [];
  for (let k = 0; k < tokens.length && words.length < OPENING_WORDS; k++) {
    const token = tokens[k] as Token;
    if (token.start > after && token.word) words.push(lowerOf(token));
  }
  return words.length === OPENING_WORDS ? words.join(' ') : null;
}
