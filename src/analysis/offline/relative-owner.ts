// The speaker a phrase reader meant to credit with a name, when the name is the object of a clause on a noun
// before it: "Supporters who cheered Tom Reyes at the rally said" (the supporters), "A man talking with Senator
// Tom Reyes at the diner said" (the man). Asked where the phrase reader would otherwise take the name itself.
import { inPhrase } from './noun-phrase.ts';
import { describesOthers } from './phrase-head.ts';
import { relativeBefore, withClause } from './relative-object.ts';
import type { PhraseContext, SpeakerRef } from './speaker-phrase.ts';
import type { Token } from './tokens.ts';

/**
 * For the name that holds tokens[at] (read back over its titles): when it is the object of a relative clause, the
 * noun the clause belongs to, shown with it (null when nothing stands before the "who"); when it is the object of
 * a postmodifier ("talking with", "close to"), the phrase before it; otherwise, or when ", who" follows the name
 * (`relative`), undefined. `end` is the phrase's last token.
 */
export function relativeOwner(
  tokens: Token[],
  at: number,
  { end, lo, relative }: { end: number; lo: number; relative: boolean },
  ctx: PhraseContext,
  parse: (tokens: Token[], j: number, lo: number, ctx: PhraseContext) => SpeakerRef | null,
): SpeakerRef | null | undefined {
  // "…, who said": the pronoun stands for the name right before it, whatever clause comes earlier.
  if (relative) return undefined;
  let from = at;
  while (from - 1 >= lo && inPhrase(tokens, from - 1)) from--;
  // "A man talking with Senator Tom Reyes at the diner said", "a source close to Ann Roe at the bank": the man.
  if (from - 3 >= lo && describesOthers(tokens, from - 2)) return parse(tokens, from - 3, lo, ctx);
  const who = from > lo ? relativeBefore(tokens, from, lo) : -1;
  if (who < 0) return undefined;
  return who - 1 >= lo ? withClause(parse(tokens, who - 1, lo, ctx), tokens, who, end, ctx) : null;
}
