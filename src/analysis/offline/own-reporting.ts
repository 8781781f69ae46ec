// The outlet's own earlier reporting, cited with the records it read: neither the records nor the outlet is a
// source's report (according-report.ts reads every other "according to"); another report in the sentence is.
import { accordingAt } from './according-at.ts';
import { isDocumentHead } from './speaker-like.ts';
import { type PhraseContext, parseForward } from './speaker-phrase.ts';
import type { Token } from './tokens.ts';

/**
 * "As this reporter revealed, <a claim>, according to county records": the outlet's own claim, vouched for by
 * the records it read. Shown as the records' report, the outlet's charge read as a source's (an editor's read).
 * A person or people as the source ("according to two aides") still report.
 */
export function outletsOwnClaim(tokens: Token[], ctx: PhraseContext): boolean {
  const opening = tokens.slice(0, 6).map((token) => token.text);
  if (!OWN_REPORTING.test(opening.join(' '))) return false;
  const at = accordingAt(tokens);
  const source = at < 0 ? null : parseForward(tokens, at + 2, ctx)?.ref;
  return source?.kind === 'phrase' && isDocumentHead(source.head);
}
const OWN_REPORTING =
  /^As (?:this (?:reporter|writer|newspaper|site)|we)(?: (?:have|had|has|first|previously|recently))* (?:reported|revealed|noted|wrote|documented|disclosed)\b/;

/** The sentence's tokens past the comma that closes "As we reported,": the rest may report as any sentence does. */
export function pastOpening(tokens: Token[]): Token[] {
  const comma = tokens.findIndex((token) => token.text === ',');
  return comma < 0 ? tokens : tokens.slice(comma + 1);
}
