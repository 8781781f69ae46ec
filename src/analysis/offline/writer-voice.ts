// A sentence in the writer's own voice ("I caught the senator on the radio last week…", "…told me") is the
// author speaking: shown as the sheet's summary or a key fact it would read as the outlet's reporting, or as
// no one's. Only the words outside quotation marks count: a speaker's quoted "I" is theirs, and attributed.
import { isWriterWord } from '../../util/writer-voice.ts';
import { type Sentence, type TextModel, unquotedTokens } from './sentences.ts';

/** The character codes of I, M, m, W, w, O, o and u. */
const OPENERS = new Set([73, 77, 109, 87, 119, 79, 111, 117]);

export function speaksAsWriter(model: TextModel, sentence: Sentence): boolean {
  const tokens = unquotedTokens(model, sentence);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token?.word) continue;
    const first = token.text.charCodeAt(0);
    // Only words that open with "I", "m", "w", "o" or "u" (or the capitals M, W and O: a capital "Us" is never
    // the writer's) can be: most tokens stop here.
    if (!OPENERS.has(first)) continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    // A mark that ends the sentence is no word after it: "…than I." is the writer, "I. M. Pei" an initial.
    const next = after && (after.word || i + 2 < tokens.length) ? after.text : undefined;
    if (isWriterWord(token.text, before?.word ? before.text : undefined, next, i === 1)) return true;
  }
  return false;
}
