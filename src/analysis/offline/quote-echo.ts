// A paragraph that repeats a quote without its marks: the text of an embedded post printed under the
// paragraph that quoted it ("“The story is false!” Pierce tweeted." then the post itself, "The story is
// FALSE!!! I stand by it."). It is the speaker's words, not the story's narration, and none of its sentences
// is a summary line or a key fact. A quote set apart before the story repeats it (a pull quote) is the
// other way round, and leaves the story's own sentence alone.
import type { QuoteSpan } from './quote-spans.ts';
import type { Sentence, TextModel } from './sentences.ts';

/** How many opening words must match: fewer and a common opening ("We are going to") would. */
const OPENING_WORDS = 6;
/** How far, in paragraphs, the post may follow the quote. */
const MAX_GAP = 2;

const echoesByModel = new WeakMap<TextModel, Set<number>>();

/** Whether the sentence is in a paragraph that opens by repeating a quote of the paragraph or two before. */
export function echoesQuote(model: TextModel, sentence: Sentence): boolean {
  if (model.quotes.length === 0) return false;
  let echoes = echoesByModel.get(model);
  if (echoes === undefined) {
    echoes = echoParagraphs(model);
    echoesByModel.set(model, echoes);
  }
  return echoes.has(sentence.paragraph);
}

function echoParagraphs(model: TextModel): Set<number> {
  // Each quote's opening words, with the paragraph it stands in (the last, when two open alike).
  const quoted = new Map<string, number>();
  for (const quote of model.quotes) {
    const key = openingOf(model.text, quote.start, quote.end);
    if (key !== null) quoted.set(key, paragraphOf(model, quote));
  }
  const echoes = new Set<number>();
  let last = -1;
  for (const sentence of model.sentences) {
    if (sentence.paragraph === last) continue;
    last = sentence.paragraph;
    if (sentence.quotes.length > 0) continue;
    const key = openingOf(model.text, sentence.start, sentence.end);
    const at = key === null ? undefined : quoted.get(key);
    if (at !== undefined && sentence.paragraph > at && sentence.paragraph - at <= MAX_GAP)
      echoes.add(sentence.paragraph);
  }
  return echoes;
}

function paragraphOf(model: TextModel, quote: QuoteSpan): number {
  return model.paragraphs.find((p) => quote.open >= p.start && quote.open < p.end)?.index ?? -1;
}

/** The first six words, lower case, letters and digits only; null when there are fewer. */
function openingOf(text: string, start: number, end: number): string | null {
  const words = text
    .slice(start, Math.min(end, start + 120))
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return words && words.length >= OPENING_WORDS ? words.slice(0, OPENING_WORDS).join(' ') : null;
}
