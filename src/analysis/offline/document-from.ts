// "“…,” said the statement from Reyes's lawyer, Ada Brenner": a document from a named person speaks for
// that person. The sheet showed "the statement" as the speaker of five quotes whose author the sentence names
// (an editor's read).
import type { ParsedSpeaker, PhraseContext } from './speaker-phrase.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Documents that carry a person's words. */
export const AUTHORED_DOCUMENTS = new Set(
  'statement letter email memo memorandum release message note post tweet'.split(' '),
);

/**
 * The person after "from" when the phrase read is a document's ("the statement from X"), as the phrase reader
 * reads them (an apposition naming them included); null when no person is named there.
 */
export function authorAfterFrom(
  tokens: Token[],
  head: string,
  end: number,
  ctx: PhraseContext,
  parse: (tokens: Token[], at: number, ctx: PhraseContext) => ParsedSpeaker | null,
): ParsedSpeaker | null {
  if (!AUTHORED_DOCUMENTS.has(head) || lowerOf(tokens[end]) !== 'from') return null;
  const author = parse(tokens, end + 1, ctx);
  return author?.ref.kind === 'mention' && author.ref.mention.entity.kind === 'person' ? author : null;
}
