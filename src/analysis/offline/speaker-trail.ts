// The speaker trail read by sentence: where each quote's speaker was credited, so that "she" can chain back
// through earlier "she said" and "it added" back to "the ministry said".
import type { ResolveContext, SpeakerTrail } from './resolve-context.ts';
import type { SpeakerRef } from './speaker-phrase.ts';

const NO_TRAIL: readonly SpeakerTrail[] = [];

/**
 * The trail by sentence, brought up to date with what was pushed since the last look: the trail grows by one
 * for each quote resolved, and scanning all of it for every pronoun grew with the square of the article.
 */
export function trailIn(ctx: ResolveContext, sentence: number): readonly SpeakerTrail[] {
  const index = ctx.trailIndex;
  const trail = ctx.trail;
  for (; index.seen < trail.length; index.seen++) {
    const step = trail[index.seen] as SpeakerTrail;
    const list = index.bySentence.get(step.sentence);
    if (list) list.push(step);
    else index.bySentence.set(step.sentence, [step]);
  }
  return index.bySentence.get(sentence) ?? NO_TRAIL;
}

/**
 * Where the trail records a quote's speaker: at the words naming them when those open the quote's sentence ("She
 * says the tweets accusing Brenner are “lies”"), so that a later "she" weighs her there, before the names the
 * sentence goes on to mention as objects; otherwise at the quote's opening mark.
 */
export function trailAt(ref: SpeakerRef, quoteOpen: number, sentence: number, ctx: ResolveContext): number {
  const at = ref.kind === 'mention' ? ref.mention.start : ref.at;
  return at < quoteOpen && ctx.sentenceOf(at) === sentence ? at : quoteOpen;
}

/**
 * The trail's last step before `at`, looking back at most `reach` sentences from the one `at` stands in: the
 * speaker quoted last, whom an "it added" or a "they vowed" may go on with.
 */
export function lastTrailBefore(at: number, ctx: ResolveContext, reach: number): SpeakerTrail | null {
  const here = ctx.sentenceOf(at);
  let last: SpeakerTrail | null = null;
  for (let sentence = here; sentence >= 0 && here - sentence <= reach && last === null; sentence--)
    for (const t of trailIn(ctx, sentence)) if (t.at < at && (last === null || t.at > last.at)) last = t;
  return last;
}

/**
 * "“…,” Ada Brenner and Tomas Reyes said in a statement. They vowed …": the speakers credited together with the
 * last quote before `at`, in its sentence or the one before, when that credit named them together; else null.
 */
export function groupQuotedLast(at: number, ctx: ResolveContext): string | null {
  return lastTrailBefore(at, ctx, 1)?.group ?? null;
}
