// "RNC spokesman Sean Dale — as the Ruiz campaign noted this week — has taunted it for “getting schooled …”":
// an "as X noted" set off by dashes between a subject and its verb says X pointed the fact out; the quote in
// the clause that goes on after the aside is the subject's words, not X's. Read on the text, not the tokens:
// typed dashes ("--") leave no token.
import type { SpeakerRef } from './speaker-phrase.ts';

/** A dash, then "as", words, and a closing dash: the aside "— as the campaign noted this week —". */
const AS_ASIDE = /(?:[\u2013\u2014]|--)\s*as\s[^\u2013\u2014]{1,80}?(?:[\u2013\u2014]|--)/gu;
/** A capitalised word (a name's last) right before the aside's dash, not the sentence's first word. */
const NAME_BEFORE = /\S\s+\p{Lu}[\p{L}'’.-]+\s*$/u;

/** Whether the speaker `ref` stands inside such an aside closed between `from` and `to` (the quote's mark). */
export function creditInAsAside(text: string, from: number, to: number, ref: SpeakerRef): boolean {
  const at = ref.kind === 'mention' ? ref.mention.start : ref.at;
  if (at < from || at >= to) return false;
  const stretch = text.slice(from, to);
  for (const aside of stretch.matchAll(AS_ASIDE)) {
    const start = from + aside.index;
    // The aside closes before the quote: the quote belongs to the clause that goes on after it, when that
    // clause's subject is named right before the aside ("Sean Dale — as …"); "The plan — as Ruiz noted — is
    // “dead”" has no one else to say it.
    if (
      at > start &&
      at < start + aside[0].length &&
      NAME_BEFORE.test(text.slice(Math.max(0, start - 30), start))
    )
      return true;
  }
  return false;
}
