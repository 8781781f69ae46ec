// The outlet's own earlier reporting, cited with the records it read: no source's report (according-report.ts
// reads every other "according to").
import { isDocumentHead } from './speaker-like.ts';
import { type PhraseContext, parseForward } from './speaker-phrase.ts';
import { lowerOf, type Token } from './tokens.ts';

/**
 * "As this reporter revealed, <a claim>, according to county records": the outlet's own claim, vouched for by
 * the records it read. Shown as the records' report, the outlet's charge read as a source's (an editor's read);
 * and no other reading of the sentence is a report either ("As this newspaper reported …" is the outlet). A
 * person or people as the source ("according to two aides") still report.
 */
export function outletsOwnClaim(tokens: Token[], ctx: PhraseContext): boolean {
  const opening = tokens.slice(0, 6).map((token) => token.text);
  if (!OWN_REPORTING.test(opening.join(' '))) return false;
  const at = tokens.findIndex((t, k) => lowerOf(t) === 'according' && lowerOf(tokens[k + 1]) === 'to');
  const source = at < 0 ? null : parseForward(tokens, at + 2, ctx)?.ref;
  return source?.kind === 'phrase' && isDocumentHead(source.head);
}
const OWN_REPORTING =
  /^As (?:this (?:reporter|writer|newspaper|site)|we)(?: (?:have|had|has|first|previously|recently))* (?:reported|revealed|noted|wrote|documented|disclosed)\b/;
