// "She said," in a sentence: the pronoun that credits the sentence's report to someone named before it.
import { REPORT_CUES } from './lexicon.ts';
import type { TextModel } from './sentences.ts';
import { lowerOf, type Token } from './tokens.ts';

/**
 * The first "he"/"she" (exactly, not "he's") followed by a verb of saying that ends its phrase ("she said,",
 * "he said that"), outside quotes: "when he wrote his book" is no credit.
 */
function pronounCredit(tokens: readonly Token[], gender: 'm' | 'f'): Token | undefined {
  const word = gender === 'm' ? 'he' : 'she';
  for (let k = 0; k + 1 < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.quoted === true || token.text.length !== word.length || token.text.toLowerCase() !== word)
      continue;
    const after = tokens[k + 2]?.text;
    const verb = lowerOf(tokens[k + 1]);
    // "he said Obama’s borrowing is …": after "said" any clause; after other verbs only a credit's end.
    if (REPORT_CUES.has(verb) && (after === undefined || CREDIT_ENDS.has(after) || SAID.has(verb)))
      return token;
  }
  return undefined;
}

const CREDIT_ENDS = new Set([',', '.', ':', 'that']);
const SAID = new Set(['said', 'says']);

/**
 * pronounCredit of each of the model's sentences, by index and gender, read once: every pronoun that looks
 * back asks it of the same few sentences.
 */
export function pronounCreditsOf(
  model: TextModel,
): (sentence: number, gender: 'm' | 'f') => Token | undefined {
  const credits = new Map<number, Token | null>();
  return (index, gender) => {
    const key = gender === 'm' ? index * 2 : index * 2 + 1;
    let found = credits.get(key);
    if (found === undefined) {
      found = pronounCredit(model.sentences[index]?.tokens ?? [], gender) ?? null;
      credits.set(key, found);
    }
    return found ?? undefined;
  };
}
