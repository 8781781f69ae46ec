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
  const words = clause.match(/[\p{L}’']+/gu) ?? [];
  if (words.length === 0) return false;
  for (let k = 0; k < words.length && k < 8; k++) {
    const word = words[k] as string;
    // “…?” Brandt asks as a porter walks in: after a question, a name and its verb credit it, however long.
    if (CUE_VERBS.has(word.toLowerCase())) return words.length <= 8 || (askedOrExclaimed && k < 3);
    if (askedOrExclaimed && k < 3 && isAfterQuoteVerb(word, words[k + 1])) return true;
  }
  return false;
}
