// Whether a credit before a quote wins over one after it, by the verb of saying right before the opening mark.
import { CUE_VERBS } from './lexicon.ts';
import type { Token } from './tokens.ts';

const PLAIN_SAYING = new Set(['said', 'says', 'told', 'added', 'asked', 'wrote', 'writes']);

/**
 * The speaker named before the quote, not the credit after (`afterCue`), said the words when a verb of saying
 * stands right before the mark (`markAt`):
 * - with no comma, unless a plain "said" follows: "what Brandt called “…,” the club, a private course, charged
 *   a fee" is a name for something, and the club is who spoke;
 * - with its comma or colon, always: "The constable shouted, “Stop there!” Brenner recalled" gives the
 *   words to the verb's own subject, and the credit after frames the whole sentence, as told.
 */
export function verbBeforeWins(tokens: Token[], markAt: number, afterCue: string): boolean {
  const before = tokens[markAt - 1]?.text ?? '';
  if (CUE_VERBS.has(before)) return !PLAIN_SAYING.has(afterCue);
  return (before === ',' || before === ':') && CUE_VERBS.has(tokens[markAt - 2]?.text ?? '');
}
