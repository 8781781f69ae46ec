// The outlet's own earlier reporting, cited with the records it read: neither the records nor the outlet is a
// source's report (according-report.ts reads every other "according to"); another report in the sentence is.
import { accordingAt } from './according-report.ts';
import { isDocumentHead } from './speaker-like.ts';
import { type PhraseContext, parseForward } from './speaker-phrase.ts';
import { lowerOf, type Token } from './tokens.ts';

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
