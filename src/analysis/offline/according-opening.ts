// "But, according to the survey, 41 percent would pay more", "In addition, according to the board, …": an
// "according to" after a sentence's joining word or opening adverb still opens the main clause, and the report
// is what follows its comma. Read only at the sentence's very start, these were lost; a subject before it
// ("Mills, according to the summary, asked …") is no opener and is not read so.
import { isWord, lowerOf, type Token } from './tokens.ts';

/** A sentence's joining words and opening adverbs: the writer's link to the sentence before. */
export const SENTENCE_OPENERS = new Set(
  `but and yet so still however meanwhile also moreover now again indeed instead further furthermore then
  separately overall thus nevertheless nonetheless in addition`.split(/\s+/),
);

/** Whether the "according to" at tokens[at] opens its sentence's main clause. */
export function opensMainClause(tokens: Token[], at: number): boolean {
  if (at === 0) return true;
  if (at > 4) return false;
  const before = tokens.slice(0, at).filter(isWord);
  return before.length > 0 && before.every((token) => SENTENCE_OPENERS.has(lowerOf(token)));
}
