// "Reyes said he would end the grain tariff, a duty that only the assembly could repeal": a closing
// apposition with a relative clause glosses the report for the reader. It is the outlet's explanation, often
// what the speaker would dispute, and is not shown as his report.
import { lowerOf, type Token } from './tokens.ts';

/** Relative words that open the gloss's own clause: "a right that …", "a panel which …", "a man who …". */
const RELATIVES = new Set(['that', 'which', 'who', 'whose']);
/** How many words the gloss's noun phrase may run before its relative word. */
const MOST_NOUN_WORDS = 8;

/** Whether the comma at `comma` opens an apposition "a/an NOUN … that/which/who …" glossing the report. */
export function glossesReport(tokens: Token[], comma: number): boolean {
  if (tokens[comma]?.text !== ',') return false;
  const article = lowerOf(tokens[comma + 1]);
  if (article !== 'a' && article !== 'an') return false;
  for (let k = comma + 3; k < tokens.length && k - comma <= MOST_NOUN_WORDS + 2; k++) {
    const token = tokens[k] as Token;
    // "…, a tax, a levy and a fee": a list, not one phrase that glosses.
    if (!token.word) return false;
    if (RELATIVES.has(lowerOf(token))) return runsToEnd(tokens, k + 1);
  }
  return false;
}

/** "…, a panel that reviews the rules, is investigating": a gloss closed by a comma sits inside the report. */
function runsToEnd(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const text = (tokens[k] as Token).text;
    if (text === ',' || text === ';') return false;
  }
  return true;
}
