// "calls" in the present credits a quote only after a named person: "Michael Reyes, a harbour historian,
// calls the levy “a tax on the poor.”" Not "what it calls “…”" nor "what she calls “…”", whose pronoun the
// rules tie to a name less surely than the quote needs, and not "Harbour Watch calls for …", a noun's call.
import type { Found } from './quote-tokens.ts';
import { type PhraseContext, parseBackward } from './speaker-phrase.ts';
import { lowerOf, type Token } from './tokens.ts';

/** The named person before "calls" at `at`, as the quote's speaker, or null. */
export function namedCaller(region: Token[], at: number, lo: number, ctx: PhraseContext): Found | null {
  const next = lowerOf(region[at + 1]);
  if (next === 'for' || next === 'on') return null;
  const ref = parseBackward(region, at - 1, lo, ctx);
  if (ref?.kind !== 'mention' || ref.mention.entity.kind !== 'person') return null;
  return { ref, role: null, cue: 'calls' };
}
