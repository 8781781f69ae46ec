// A sentence in the writer's own voice ("I caught the senator on the radio last week…", "…told me") is the
// author speaking: shown as the sheet's summary or a key fact it would read as the outlet's reporting, or as
// no one's. Only the words outside quotation marks count: a speaker's quoted "I" is theirs, and attributed. A
// question the writer asks gives no one's report either.
import { isWriterWord } from '../../util/writer-voice.ts';
import { type Sentence, type TextModel, unquotedTokens } from './sentences.ts';
import { lowerOf, type Token } from './tokens.ts';

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

/**
 * "Why had he asserted that his mother gave thousands if now he did not recall it?": a question in the outlet's
 * own voice, opened by a question word or a helper and closed by its mark, asks about a report and gives none:
 * its clause ran on into the writer's challenge (an editor's read).
 */
export function asksInOwnVoice(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1];
  const first = tokens.find((token) => token.word);
  // Not a quoted question (“Who knows?”), nor one a speaker asks ("Why the rush, Vance asked, …?").
  if (last?.text !== '?' || last.quoted || first === undefined || first.quoted) return false;
  if (!QUESTION_OPENERS.has(lowerOf(first)) || tokens.some((token) => ASKING.has(lowerOf(token))))
    return false;
  // "Will Reyes said …?", "Can Dundar said …?": a helper before a capitalised word may be a given name.
  const next = tokens[tokens.indexOf(first) + 1];
  return WH_WORDS.has(lowerOf(first)) || !/^\p{Lu}/u.test(next?.text ?? '');
}
const WH_WORDS = new Set(['why', 'how', 'what', 'when', 'where']);
const ASKING = new Set(['asked', 'asks', 'wondered', 'wonders']);
const QUESTION_OPENERS = new Set(
  'why how what when where did does do had has have was is were are will would could should can'.split(' '),
);
