// "Reyes says the plan will save the pension, not “end” it, as the Vance campaign claims": a word quoted after
// "not" and credited by ", as X claims" is the word the subject denies, X's, never the subject's own. The sheet
// showed it as his; it leaves it out. So is a short quoted word put aside for another ("had “notified” the
// embassy, not “warned” it").
import type { QuoteSpan } from './quote-spans.ts';

const NOT_BEFORE = /\bnot\s*$/i;
const AS_CLAIMS_AFTER =
  /^[^.!?“”"]{0,24}?,\s+as\s+[^.!?,“”"]{1,40}?\b(?:claims?|claimed|says|said|contends?|contended|alleges?|alleged|charges?|charged|suggests?|suggested|argues?|argued)\b/i;

export function isDeniedWord(text: string, quote: QuoteSpan): boolean {
  if (quote.close === null || !NOT_BEFORE.test(text.slice(Math.max(0, quote.open - 6), quote.open)))
    return false;
  return AS_CLAIMS_AFTER.test(text.slice(quote.close + 1, quote.close + 100)) || setAgainstWord(text, quote);
}

/**
 * "suggested saying the agency had “notified” the embassy, not “warned” it": a short quote after ", not", with
 * another short quote shortly before it, is the word put aside for the first, the one the speaker would not use.
 */
function setAgainstWord(text: string, quote: QuoteSpan): boolean {
  if (!/,\s*not\s*$/i.test(text.slice(Math.max(0, quote.open - 8), quote.open))) return false;
  if (text.slice(quote.start, quote.end).split(/\s+/).length > MOST_WORDS) return false;
  const before = /[“"]([^“”"]{1,40})[”"][^“”"]{0,80}$/.exec(
    text.slice(Math.max(0, quote.open - 130), quote.open),
  );
  return before !== null && (before[1] as string).trim().split(/\s+/).length <= MOST_WORDS;
}
const MOST_WORDS = 3;
