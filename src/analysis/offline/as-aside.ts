// "RNC spokesman Sean Dale — as the Ruiz campaign noted this week — has taunted it for “getting schooled …”":
// an "as X noted" set off by dashes between a subject and its verb says X pointed the fact out; the quote in
// the clause that goes on after the aside is the subject's words, not X's. Read on the text, not the tokens:
// typed dashes ("--") leave no token.
import type { Registry } from './entities.ts';
import { mentionAt } from './mention-at.ts';
import type { SpeakerRef } from './speaker-phrase.ts';

/** A dash, then "as", words, and a closing dash: the aside "— as the campaign noted this week —". */
const AS_ASIDE = /(?:[\u2013\u2014]|--)\s*as\s[^\u2013\u2014]{1,80}?(?:[\u2013\u2014]|--)/gu;

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
    if (at <= start || at >= end || !/\p{Ll}/u.test(text.slice(end, to))) continue;
    let before = start - 1;
    while (before > 0 && text.charCodeAt(before) === 32) before--;
    if (mentionAt(registry, before)?.entity.kind === 'person') return true;
  }
  return false;
}
