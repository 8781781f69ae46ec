// "Brenner accused Reyes of telling her he had “wild dreams”": words quoted inside an accusation are the
// accused's, as the accuser tells them, never the accuser's own. The sheet would show them as hers; it leaves
// them out rather than credit the accused with words only alleged.
import type { QuoteSpan } from './quote-spans.ts';

/**
 * An accusation "of" or "with" an act of speaking or joking, its quote still to come in the same clause, perhaps
 * after another of its quotes ("“wild dreams” and “…”"). Not past a comma: in "accused Reyes of fraud, saying
 * “…”" the accuser speaks; nor "using" a power or a fund.
 */
const ACCUSED_OF_SAYING =
  /\b(?:accus(?:ed|es|ing)|charg(?:ed|es|ing))\s+[^.!?“”",]{0,60}?\b(?:of|with)\s+[^.!?“”",]*?\b(?:telling|saying|calling|making|describing|writing|texting|joking|referring|using the (?:term|word|phrase))\b(?:[^.!?“”",]|“[^“”]*”)*$/i;

export function isAccusedWords(text: string, quote: QuoteSpan): boolean {
  return ACCUSED_OF_SAYING.test(text.slice(Math.max(0, quote.open - 160), quote.open));
}
