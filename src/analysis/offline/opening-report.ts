// "She said the two never met, according to the Ledger", "The governor says the state is safe, but crime rose 12
// percent, according to FBI data": a sentence that opens on its speaker and "said" is that speaker's report as the
// source tells it, up to a clause joined after it, which is the source's own.
import { CLAUSE_JOINERS } from './lexicon.ts';
import { type PhraseContext, parseForward } from './speaker-phrase.ts';
import { lowerOf, type Token } from './tokens.ts';

/** After the speaker's report and the word joining the source's clause to it, or 0. */
export function sourcesPart(tokens: Token[], at: number, ctx: PhraseContext): number {
  const said = openingReportVerb(tokens, at, ctx);
  return said < 0 ? 0 : joinedAfterReport(tokens, said, at) + 1;
}

/**
 * The "said" of a sentence opening on its speaker, before `at`: "She said", "Ada Roe said", "Ohio Gov. Ada Roe said",
 * "The president said"; or -1 ("All told, …" is a total; "The man said to be the gunman …" a passive).
 */
export function openingReportVerb(tokens: Token[], at: number, ctx: PhraseContext): number {
  const opener = OPENING_SPEAKERS.has(lowerOf(tokens[0])) || /^\p{Lu}\p{Ll}/u.test(tokens[0]?.text ?? '');
  if (!opener || lowerOf(tokens[0]) === 'all') return -1;
  const short = /^\p{Lu}/u.test(tokens[1]?.text ?? '') ? 2 : 1;
  const said = SAID.has(lowerOf(tokens[short])) ? short : (parseForward(tokens, 0, ctx)?.end ?? -1);
  if (said < 0 || said >= at || !SAID.has(lowerOf(tokens[said]))) return -1;
  return lowerOf(tokens[said + 1]) === 'to' ? -1 : said;
}

/**
 * "The governor says the state is safe, but crime rose 12 percent, according to FBI data": the clause joined after
 * the speaker's report is the source's (an editor's read: the figure had been shown as the governor's words).
 * Where ", and/but/yet/while" opens it, or -1 (", and that …" goes on with the report).
 */
export function joinedAfterReport(tokens: Token[], from: number, at: number): number {
  for (let k = from + 1; k < at - 2; k++)
    if (
      tokens[k]?.text === ',' &&
      CLAUSE_JOINERS.has(lowerOf(tokens[k + 1])) &&
      lowerOf(tokens[k + 2]) !== 'that'
    )
      return k + 1;
  return -1;
}
const OPENING_SPEAKERS = new Set(['he', 'she', 'they']);
const SAID = new Set(['said', 'says', 'told', 'tells']);
