// "Reyes says the plan will save the pension, not “end” it, as the Vance campaign claims": a word quoted after
// "not" and credited by ", as X claims" is the word the subject denies, X's, never the subject's own. The sheet
// showed it as his; it leaves it out.
import type { QuoteSpan } from './quote-spans.ts';

const NOT_BEFORE = /\bnot\s*$/i;
const AS_CLAIMS_AFTER =
  /^[^.!?“”"]{0,24}?,\s+as\s+[^.!?,“”"]{1,40}?\b(?:claims?|claimed|says|said|contends?|contended|alleges?|alleged|charges?|charged|suggests?|suggested|argues?|argued)\b/i;

export function isDeniedWord(text: string, quote: QuoteSpan): boolean {
  if (quote.close === null) return false;
  return (
    NOT_BEFORE.test(text.slice(Math.max(0, quote.open - 6), quote.open)) &&
    AS_CLAIMS_AFTER.test(text.slice(quote.close + 1, quote.close + 100))
  );
}
