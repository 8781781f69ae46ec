// "She said," in a sentence: the pronoun that credits the sentence's report to someone named before it.
import { REPORT_CUES } from './lexicon.ts';
import { lowerOf, type Token } from './tokens.ts';

/**
 * The first "he"/"she" (exactly, not "he's") followed by a verb of saying that ends its phrase ("she said,",
 * "he said that"), outside quotes: "when he wrote his book" is no credit.
 */
export function pronounCredit(tokens: readonly Token[], gender: 'm' | 'f'): Token | undefined {
  const word = gender === 'm' ? 'he' : 'she';
  for (let k = 0; k + 1 < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.quoted === true || token.text.length !== word.length || token.text.toLowerCase() !== word)
      continue;
    const after = tokens[k + 2]?.text;
    if (REPORT_CUES.has(lowerOf(tokens[k + 1])) && (after === undefined || CREDIT_ENDS.has(after)))
      return token;
  }
  return undefined;
}

const CREDIT_ENDS = new Set([',', '.', ':', 'that']);
