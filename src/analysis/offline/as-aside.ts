// "RNC spokesman Sean Dale — as the Ruiz campaign noted this week — has taunted it for “getting schooled …”":
// an "as X noted" set off by dashes between a subject and its verb says X pointed the fact out; the quote in
// the clause that goes on after the aside is the subject's words, not X's. Read on the text, not the tokens:
// typed dashes ("--") leave no token.
import type { Registry } from './entities.ts';
import { mentionAt } from './mention-at.ts';
import type { SpeakerRef } from './speaker-phrase.ts';

/**
 * A dash, then "as", someone and a verb of pointing out, and a closing dash: "— as the campaign noted this week
 * —". Not "as X put it", "as X said" or "as X described him", which claim the wording for X.
 */
const AS_ASIDE =
  /(?:[\u2013\u2014]|--)\s*as\s[^\u2013\u2014]{0,60}?\b(?:noted|reported|pointed out|observed|disclosed|revealed|first reported)\b[^\u2013\u2014]{0,40}?(?:[\u2013\u2014]|--)/gu;
/**
 * A verb of the subject's own between the aside and the quote ("has taunted her for"), not a copula alone: in
 * "Tom Reyes — as Ana Ruiz put it — is “a man with no plan”" the words are the aside's.
 */
function ownVerb(between: string): boolean {
  return /\p{Ll}/u.test(between) && !COPULA_ONLY.test(between);
}
const COPULA_ONLY = /^\s*(?:is|was|are|were|remains|seems|has been|had been)\s*$/;

/**
 * Whether the speaker `ref` stands inside such an aside closed between `from` and `to` (the quote's mark), after
 * a person named right before the aside and before a verb of that person's own: "Sean Dale — as … — has taunted
 * …". Not "The Harbour Levy — as Ruiz put it — is “…”" (no one else to say it), "Tom Reyes — as Ruiz said —
 * “will say anything …”" (the quote goes on from the aside), nor "Ana Ruiz — as she often says — …" (the same
 * person).
 */
export function creditInAsAside(
  text: string,
  from: number,
  to: number,
  ref: SpeakerRef,
  registry: Registry,
): boolean {
  if (ref.kind === 'pronoun') return false;
  const at = ref.kind === 'mention' ? ref.mention.start : ref.at;
  if (at < from || at >= to) return false;
  for (const aside of text.slice(from, to).matchAll(AS_ASIDE)) {
    const start = from + aside.index;
    const end = start + aside[0].length;
    if (at <= start || at >= end || !ownVerb(text.slice(end, to))) continue;
    let before = start - 1;
    while (before > 0 && text.charCodeAt(before) === 32) before--;
    const subject = mentionAt(registry, before)?.entity;
    // "Ana Ruiz — as Ruiz herself put it —": the aside names the subject, who keeps the quote.
    if (subject?.kind === 'person' && (ref.kind !== 'mention' || ref.mention.entity !== subject)) return true;
  }
  return false;
}
