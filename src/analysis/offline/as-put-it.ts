// "…, as The Harbour Review put it in a profile, “the operator.”": the one who put it so speaks, whatever the
// sentence's subject. Moved out of credit-before.ts, which reads the verbs before a quote, to keep it short.
import type { Found } from './quote-tokens.ts';
import { type PhraseContext, parseForward } from './speaker-phrase.ts';
import { lowerOf, type Token } from './tokens.ts';

/** "…, as The Harbour Review put it in a profile, “the operator.”": the one who put it so. */
export function asPutIt(region: Token[], lo: number, markAt: number, ctx: PhraseContext): Found | null {
  for (let p = markAt - 2; p > lo; p--) {
    const verb = lowerOf(region[p]);
    if ((verb !== 'put' && verb !== 'puts') || lowerOf(region[p + 1]) !== 'it') continue;
    for (let a = p - 1; a >= lo && p - a <= 8; a--) {
      if (lowerOf(region[a]) !== 'as') continue;
      const parsed = parseForward(region.slice(0, p), a + 1, ctx);
      return parsed && parsed.end === p ? { ref: parsed.ref, role: parsed.role, cue: 'put it' } : null;
    }
    return null;
  }
  return null;
}
