// A credit set off by commas inside its sentence: "The trouble with the levy, says Ada Brenner, a historian,
// is that it was “never meant to last.”" The one named after the verb says the whole sentence, not the
// subject before the credit.
import type { Found } from './quote-tokens.ts';
import { TAKES_OBJECT } from './report-clause.ts';
import { type PhraseContext, parseForward } from './speaker-phrase.ts';
import { lowerOf, type Token } from './tokens.ts';

/** The person named right after the cue at `cue`, itself right after a comma, and followed by one. */
export function creditSetOff(region: Token[], cue: number, ctx: PhraseContext): Found | null {
  const word = lowerOf(region[cue]);
  // Not "Reyes, who sits on the board, told the Courier, “…”": after a verb with a listener ("told",
  // "warned") the name is the listener; "wrote" is inverted ("…, wrote Ada Brenner, …") far more often.
  if (word.endsWith('ing') || (TAKES_OBJECT.has(word) && word !== 'wrote')) return null;
  const parsed = parseForward(region, cue + 1, ctx);
  if (parsed?.ref.kind !== 'mention' || region[parsed.end]?.text !== ',') return null;
  const named = parsed.ref.mention;
  // A name right after the verb: "called the fire in Kessel, a harbour town, an “…”" names no speaker.
  if (named.entity.kind !== 'person' || named.start !== region[cue + 1]?.start) return null;
  return { ref: parsed.ref, role: parsed.role, cue: word };
}
