// A credit set inside its clause with the verb first: "And Reyes, said Brandt, who remains close to him, does
// not forgive" or "The pier, said Brandt, a former pilot, would not reopen". The speaker is the name after the
// verb, with the apposition or "who" clause the outlet gives it; the report is the clause around them, which
// goes on with its subject's verb. Read as "Reyes … said", the subject was shown as the speaker and the
// speaker's name as the start of the report (an editor's read).
import { INDIRECT_CUES } from './lexicon.ts';
import type { Reported } from './report-speaker.ts';
import { type PhraseContext, parseForward } from './speaker-phrase.ts';
import { isAdverb } from './subject-verb-gap.ts';
import { isVerbForm } from './tensed-word.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

/** How many tokens a "who" clause or an apposition after the speaker may run to its closing comma. */
const MOST_GLOSS_TOKENS = 16;

/** The credit ", said NAME[, gloss]," whose opening comma is at `open`, or null when none stands there. */
export function invertedMedialCredit(tokens: Token[], open: number, ctx: PhraseContext): Reported | null {
  const cue = lowerOf(tokens[open + 1]);
  if (!INDIRECT_CUES.has(cue) || cue.endsWith('ing') || open < 1) return null;
  const parsed = parseForward(tokens, open + 2, ctx);
  if (!parsed || tokens[parsed.end]?.text !== ',') return null;
  const closing = glossEnd(tokens, parsed.end);
  // The clause goes on with its subject's verb: "…, does not forgive", "…, would not reopen".
  const next = tokens[closing + 1];
  if (closing < 0 || !next || !(isVerbForm(next) || isAdverb(next.text) || NEGATED.test(next.text)))
    return null;
  if (tokens.slice(closing + 1).filter(isWord).length < 2) return null;
  const credit = { start: (tokens[open] as Token).start, end: (tokens[closing] as Token).end };
  return { ref: parsed.ref, role: parsed.role, cue, from: 0, to: tokens.length - 1, credit };
}

/** The comma that closes the credit: right after the name, or after its "who" clause or apposition. */
function glossEnd(tokens: Token[], comma: number): number {
  const first = lowerOf(tokens[comma + 1]);
  if (!GLOSS_OPENERS.has(first)) return comma;
  for (let k = comma + 2; k < tokens.length && k - comma <= MOST_GLOSS_TOKENS; k++) {
    const token = tokens[k] as Token;
    if (token.text === ',') return k;
    if (!isWord(token)) return -1;
  }
  return -1;
}
const GLOSS_OPENERS = new Set(['who', 'a', 'an', 'the']);
/** "doesn't", "won't": a negated auxiliary, one token. */
const NEGATED = /n['’]t$/;
