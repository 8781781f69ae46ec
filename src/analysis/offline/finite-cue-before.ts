// A participle of saying after a finite verb of saying ("Hollande said Friday, noting …") is that verb's
// subject's: the participle's own subject is not written.
import { withPartnerBefore } from './joint-speakers.ts';
import { CUE_VERBS } from './lexicon.ts';
import type { Found } from './quote-tokens.ts';
import { reportedDoer } from './reported-doer.ts';
import { inRelativeAside, openingSubordinateEnd } from './reported-subordinate.ts';
import { type PhraseContext, parseBackward } from './speaker-phrase.ts';
import { lowerOf, type Token } from './tokens.ts';

/**
 * The nearest finite verb of saying before a participle, with a named subject: "Hollande said, noting". Not one
 * in an opening subordinate clause: "And although Dale had warned him, Reyes went ahead, saying …".
 */
export function finiteCueBefore(region: Token[], at: number, lo: number, ctx: PhraseContext): Found | null {
  const floor = openingSubordinateEnd(region, lo, at);
  for (let i = at - 1; i >= floor; i--) {
    const word = lowerOf(region[i]);
    if (!CUE_VERBS.has(word) || word.endsWith('ing') || /^\p{Lu}/u.test(region[i]?.text ?? '')) continue;
    // "The campaign denied the claims, which the Post first reported, telling the paper …": not the Post.
    if (inRelativeAside(region, i, at + 1, lo)) continue;
    const doer = reportedDoer(region, i, at, ctx); // "The Courier reports Brandt laid out …, saying"
    if (doer) return { ref: doer, role: null, cue: lowerOf(region[at]) };
    const ref = parseBackward(region, i - 1, lo, ctx);
    if (ref?.kind !== 'mention') return null;
    // "Ada Vance and Tom Ruiz pledged …, saying": the people the subject joins speak together.
    const joint = ref.mention.entity.kind === 'person' ? withPartnerBefore(region, ref, ctx) : ref;
    return { ref: joint ?? ref, role: null, cue: word };
  }
  return null;
}
