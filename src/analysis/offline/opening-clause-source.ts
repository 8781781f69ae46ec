// "After <a reporter> raised it on air, the pair grew “angry” when <the lights went down>, according to <a
// producer>": the words before the quote open with a clause of time that a comma closes, and the quote stands in
// the main clause after it. The name in that clause did something before; the "according to" later in the sentence
// names who said it (an editor's read). Read as the credit before the quote, the reporter who asked, and who would
// not comment, was shown saying "agitated".
import { after } from './credit-after.ts';
import { WHEN_SAID } from './credit-tail.ts';
import { type Found, hasCueIn } from './quote-tokens.ts';
import type { PhraseContext } from './speaker-phrase.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

/**
 * The "according to" credit after the quote at `markAt` (before the next quote, at `hi`) when tokens[lo, markAt)
 * are an opening clause of time and a main clause with no verb of saying of its own ("When <the mayor> arrived,
 * she said the pier was “…”" is hers); null otherwise.
 */
export function openingClauseSource(
  tokens: Token[],
  lo: number,
  markAt: number,
  hi: number,
  ctx: PhraseContext,
): Found | null {
  // Only the sentence's first quote: a later one's words from `lo` follow the quote before, not the sentence's start.
  const opener = lowerOf(tokens[lo]);
  if (lo !== 0 || !(WHEN_SAID.has(opener) || opener === 'since')) return null;
  const comma = tokens.findIndex((t, k) => k > lo && k < markAt && t.text === ',');
  if (comma < 0 || !tokens.slice(comma + 1, markAt).some(isWord) || hasCueIn(tokens, comma + 1, markAt))
    return null;
  for (let k = markAt + 1; k + 1 < hi; k++)
    if (lowerOf(tokens[k]) === 'according' && lowerOf(tokens[k + 1]) === 'to')
      return after(tokens, k, hi, ctx);
  return null;
}
