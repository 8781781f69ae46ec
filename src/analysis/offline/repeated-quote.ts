// A quote an article prints twice: once credited in its own sentence ("“Iowa happened. …,” he said", the
// former president), once as a paragraph of its own that inherits the speaker before it (a pull quote set
// after another man's words). Shown under both names, the sheet contradicted itself; the credited one stands.
import type { AttributedQuote } from './attribution.ts';
import type { QuoteSpan } from './quote-spans.ts';

/** Quotes shorter than this may well be said by two people ("No comment."). */
const MIN_CHARS = 20;

/**
 * `quotes` without a quote standing as a sentence of its own, inherited, whose words a credited one gives to
 * someone else. `inherited` holds those sentence-long quotes that took the speaker before them.
 */
export function withoutMisheldRepeats(
  quotes: AttributedQuote[],
  credited: Set<QuoteSpan>,
  inherited: Set<QuoteSpan>,
  text: string,
): AttributedQuote[] {
  // An article whose sentence-long quotes all carry their own credit: nothing to key.
  if (inherited.size === 0) return quotes;
  const creditedTo = new Map<string, string>();
  for (const q of quotes) if (credited.has(q.quote)) creditedTo.set(keyOf(q, text), q.speaker);
  if (creditedTo.size === 0) return quotes;
  return quotes.filter((q) => {
    if (!inherited.has(q.quote)) return true;
    const owner = creditedTo.get(keyOf(q, text));
    return owner === undefined || owner === q.speaker;
  });
}

/**
 * The quote's ASCII letters and digits, lower-cased: the same words whatever the marks and spaces. Read by
 * character code: asked of every credited quote of an article that inherits one.
 */
function keyOf(q: AttributedQuote, text: string): string {
  let key = '';
  for (let i = q.quote.start; i < q.quote.end; i++) {
    const code = text.charCodeAt(i);
    const lower = code | 32;
    if ((lower >= 97 && lower <= 122) || (code >= 48 && code <= 57)) key += String.fromCharCode(lower);
  }
  return key.length >= MIN_CHARS ? key : `${q.quote.start}`;
}
