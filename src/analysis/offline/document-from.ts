// "“…,” said the statement from Reyes's lawyer, Ada Brenner": a document from a named person speaks for
// that person. The sheet showed "the statement" as the speaker of five quotes whose author the sentence names
// (an editor's read). So does one filed or signed by a named person: a quote credited "according to a motion
// signed by Dana Brook" is hers, where it went to no one.
import { carriesOnly } from './credit-before.ts';
import { speakerLike } from './speaker-like.ts';
import type { ParsedSpeaker, PhraseContext } from './speaker-phrase.ts';
import { isVerbForm } from './tensed-word.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Documents that carry a person's words. */
const AUTHORED_DOCUMENTS = new Set(
  'statement letter email memo memorandum release message note post tweet document filing motion complaint'.split(
    ' ',
  ),
);

/** Participles that name a document's author after "by": "a motion filed by", "the statement released by". */
export const AUTHORING = new Set(
  'filed released issued signed written sent posted published drafted submitted'.split(' '),
);

/**
 * The person after "from" when the phrase read (tokens up to `last`) is a document's ("the statement from
 * X"), or after "by" when it ends on an authoring participle ("a document filed by X"), as the phrase reader
 * reads them (an apposition naming them included); null when no person is named there.
 */
export function authorAfterFrom(
  tokens: Token[],
  last: number,
  ctx: PhraseContext,
  parse: (tokens: Token[], at: number, ctx: PhraseContext) => ParsedSpeaker | null,
): ParsedSpeaker | null {
  const head = lowerOf(tokens[last]);
  const link = lowerOf(tokens[last + 1]);
  const from = AUTHORED_DOCUMENTS.has(head) && link === 'from';
  const by = AUTHORING.has(head) && AUTHORED_DOCUMENTS.has(lowerOf(tokens[last - 1])) && link === 'by';
  if (!from && !by) return null;
  const author = parse(tokens, last + 2, ctx);
  if (!author) return null;
  // "a statement from Mayor Ada Brenner's office": a body that speaks, named by whose it is.
  if (author.ref.kind === 'phrase')
    return speakerLike(author.ref) && !carriesOnly(author.ref) ? author : null;
  return author.ref.kind === 'mention' && author.ref.mention.entity.kind === 'person' ? author : null;
}

/** "a letter obtained by the Ledger warns": who obtained, saw or received a document did not write it. */
export function agentOfParticiple(tokens: Token[], from: number, lo: number): boolean {
  return from - 2 >= lo && lowerOf(tokens[from - 1]) === 'by' && RECEIVED.has(lowerOf(tokens[from - 2]));
}
/**
 * "The union launched a radio campaign Tuesday warning senators not to …": a phrase right after a verb is its
 * object, and a participle of saying after it tells what the object carried; the one who ran it is the subject.
 * The phrase read back from the participle starts at `from` and ends at `beforeCue`, the token before it.
 */
export function objectBeforeParticiple(
  tokens: Token[],
  from: number,
  lo: number,
  beforeCue: number,
): boolean {
  if (from - 1 < lo || !isVerbForm(tokens[from - 1]) || !lowerOf(tokens[beforeCue + 1]).endsWith('ing'))
    return false;
  // "issued a statement saying …": a document whose author is read from it (document-author.ts).
  return !tokens.slice(from, beforeCue + 1).some((token) => AUTHORED_DOCUMENTS.has(lowerOf(token)));
}

const RECEIVED = new Set(
  'obtained seen reviewed viewed acquired received intercepted cited quoted shared'.split(' '),
);
