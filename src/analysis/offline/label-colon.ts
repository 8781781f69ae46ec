// A label and a colon right before a quote: the name of the one who speaks ("Dana Morrow: “…”"), or their reply
// ("His response: “…”", "Ms. Ruiz’s answer: “…”"), with nothing else between the sentence's start and the mark.

import { afterTypedDash } from './phrase-head.ts';
import type { Found } from './quote-tokens.ts';
import { type PhraseContext, parseForward } from './speaker-phrase.ts';
import { isPossessive, isWord, lowerOf, type Token } from './tokens.ts';

export function labelColon(
  region: Token[],
  opening: number,
  markAt: number,
  ctx: PhraseContext,
): Found | null {
  if (opening < 0 || region[markAt - 1]?.text !== ':') return null;
  return nameColon(region, opening, markAt, ctx) ?? replyColon(region, opening, markAt, ctx);
}

/**
 * "Dana Morrow, Harbour Weekly: “…”" and "Dana Morrow: “…”", the layout of round-ups and transcripts: a
 * person's name, perhaps an outlet or a role after a comma, then a colon right before the quote.
 */
function nameColon(region: Token[], opening: number, markAt: number, ctx: PhraseContext): Found | null {
  // "Economists agree - Pia Lund: “…”": the label after a dash, not the words before it.
  const first = afterTypedDash(region, opening, markAt - 1, ctx.text);
  const parsed = parseForward(region, first, ctx);
  if (parsed?.ref.kind !== 'mention' || parsed.ref.mention.entity.kind !== 'person') return null;
  let k = parsed.end;
  // The name itself up to the colon: "Ilse Brandt faced a question:" is no label.
  if ((region[k - 1] as Token).end > parsed.ref.mention.end) return null;
  if (region[k]?.text === ',') {
    k++;
    while (k < markAt - 1 && isWord(region[k]) && /^\p{Lu}/u.test((region[k] as Token).text)) k++;
  }
  return k === markAt - 1 ? { ref: parsed.ref, role: parsed.role, cue: 'colon' } : null;
}

/**
 * Nouns for what someone said back: "His response:", "Her reply:". Not "verdict" nor "message": "Brandt’s
 * verdict: “…”" is a headline's layout as often as not, its words the outlet's summary.
 */
const REPLIES = new Set(['response', 'reply', 'answer', 'retort', 'rejoinder']);
const OWNERS: Record<string, string> = { his: 'he', her: 'she', their: 'they' };

/**
 * "The host asked the mayor whether the ferry would close. Her reply: “…”": the reply is the words of the one
 * it belongs to, as "her" or "she" would be credited (an editor found one missing, and a disagreement in its
 * wording with it).
 */
function replyColon(region: Token[], opening: number, markAt: number, ctx: PhraseContext): Found | null {
  const noun = markAt - 2;
  if (!REPLIES.has(lowerOf(region[noun])) || noun < opening + 1) return null;
  const pronoun = noun === opening + 1 ? OWNERS[lowerOf(region[opening])] : undefined;
  if (pronoun)
    return {
      ref: { kind: 'pronoun', word: pronoun, at: (region[opening] as Token).start },
      role: null,
      cue: 'colon',
    };
  // "Ms. Ruiz’s answer:": a person named with "’s", and nothing else before the noun.
  const owner = region[noun - 1];
  if (!owner || !isPossessive(owner.text)) return null;
  const parsed = parseForward(region.slice(0, noun), opening, ctx);
  const named = parsed?.ref.kind === 'mention' && parsed.ref.mention.entity.kind === 'person';
  return named && parsed.end === noun && isWord(owner)
    ? { ref: parsed.ref, role: parsed.role, cue: 'colon' }
    : null;
}
