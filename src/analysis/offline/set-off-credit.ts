// A credit set off by commas inside its sentence: "The trouble with the levy, says Ada Brenner, a historian,
// is that it was “never meant to last.”" The one named after the verb says the whole sentence, not the
// subject before the credit.
import type { Found } from './quote-tokens.ts';
import { type PhraseContext, parseForward } from './speaker-phrase.ts';
import { lowerOf, type Token } from './tokens.ts';

const SET_OFF_VERBS = new Set(
  'says said writes wrote adds added notes noted argues argued explains explained insists insisted recalls recalled'.split(
    ' ',
  ),
);

/** The person named right after the cue at `cue`, itself right after a comma, and followed by one. */
export function creditSetOff(region: Token[], cue: number, ctx: PhraseContext): Found | null {
  const word = lowerOf(region[cue]);
  // Plain verbs of saying only: after "told" or "warned" ("…, told the Courier, “…”") the name is the
  // listener, and "The mayor, blasted Ada Brenner, …" is no credit.
  if (!SET_OFF_VERBS.has(word)) return null;
  const parsed = parseForward(region, cue + 1, ctx);
  if (parsed?.ref.kind !== 'mention' || region[parsed.end]?.text !== ',') return null;
  const named = parsed.ref.mention;
  // Only a name right after the verb: "notes the ferry to Kessel, a harbour town, …" names no speaker.
  if (named.entity.kind !== 'person' || named.start !== region[cue + 1]?.start) return null;
  return { ref: parsed.ref, role: parsed.role, cue: word };
}
