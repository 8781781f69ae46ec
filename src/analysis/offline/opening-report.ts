// "She said the two never met, according to the Ledger", "The governor says the state is safe, but crime rose 12
// percent, according to FBI data": a sentence that opens on its speaker and "said" is that speaker's report as the
// source tells it, up to a clause joined after it, which is the source's own.
import { type PhraseContext, parseForward } from './speaker-phrase.ts';
import { lowerOf, type Token } from './tokens.ts';

/** After the speaker's report and the word joining the source's clause to it, or 0. */
export function sourcesPart(tokens: Token[], at: number, ctx: PhraseContext): number {
  const said = openingReportVerb(tokens, at, ctx);
  return said < 0 ? 0 : joinedAfterReport(tokens, said, at) + 1;
}

/** The "said" of a sentence opening on its speaker ("The man said to be the gunman …" is none), or -1. */
export function openingReportVerb(tokens: Token[], at: number, ctx: PhraseContext): number {
  const opener = OPENING_SPEAKERS.has(lowerOf(tokens[0])) || /^\p{Lu}\p{Ll}/u.test(tokens[0]?.text ?? '');
  const named = opener && lowerOf(tokens[0]) !== 'all' ? parseForward(tokens, 0, ctx) : null;
  if (named === null || named.end >= at || !SAID.has(lowerOf(tokens[named.end]))) return -1;
  return lowerOf(tokens[named.end + 1]) === 'to' ? -1 : named.end;
}

/**
 * "The governor says the state is safe, but crime rose 12 percent, according to FBI data": the clause joined after
 * the speaker's report is the source's (an editor's read: the figure had been shown as the governor's words).
 * Where ", and/but/yet/while" opens it, or -1 (", and that …" goes on with the report).
 */
export function joinedAfterReport(tokens: Token[], from: number, at: number): number {
  for (let k = from + 1; k < at - 2; k++)
    if (tokens[k]?.text === ',' && JOINERS.has(lowerOf(tokens[k + 1])) && lowerOf(tokens[k + 2]) !== 'that')
      return k + 1;
  return -1;
}
const JOINERS = new Set(['and', 'but', 'yet', 'while']);
export const OPENING_SPEAKERS = new Set(['he', 'she', 'they']);
export const SAID = new Set(['said', 'says', 'told', 'tells']);
