// "…, as The Harbour Review put it in a profile, “the operator.”": the one who put it so speaks, whatever the
// sentence's subject. Moved out of credit-before.ts, which reads the verbs before a quote, to keep it short.
import { nounPhrase } from './noun-phrase.ts';
import type { Found } from './quote-tokens.ts';
import { type PhraseContext, parseForward } from './speaker-phrase.ts';
import { lowerOf, type Token } from './tokens.ts';

/** "as Tom Reyes, a former mayor, put it": an apposition between commas, from `end` up to the verb at `p`. */
function apposedUpTo(region: Token[], end: number, p: number): boolean {
  if (region[end]?.text !== ',' || region[p - 1]?.text !== ',' || p - end < 3) return false;
  const phrase = nounPhrase(region, end + 1);
  return phrase !== null && phrase.to === p - 2;
}

/** "…, as The Harbour Review put it in a profile, “the operator.”": the one who put it so. */
export function asPutIt(region: Token[], lo: number, markAt: number, ctx: PhraseContext): Found | null {
  for (let p = markAt - 2; p > lo; p--) {
    const verb = lowerOf(region[p]);
    if ((verb !== 'put' && verb !== 'puts') || lowerOf(region[p + 1]) !== 'it') continue;
    for (let a = p - 1; a >= lo && p - a <= 8; a--) {
      if (lowerOf(region[a]) !== 'as') continue;
      const parsed = parseForward(region.slice(0, p), a + 1, ctx);
      if (!parsed || (parsed.end !== p && !apposedUpTo(region, parsed.end, p))) return null;
      return { ref: parsed.ref, role: parsed.role, cue: 'put it' };
    }
    return null;
  }
  return null;
}
