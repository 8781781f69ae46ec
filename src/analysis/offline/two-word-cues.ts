// Verbs of saying written in two words, read before a quote: "As Brenner pointed out in December, “…”" and
// "As Brenner had written, “…”". Neither word is a cue alone ("pointed to the pier", "a letter written by
// hand"), so they stay out of CUE_VERBS.
import { AUXILIARIES, PARTICLE_CUES } from './lexicon.ts';
import { lowerOf, type Token } from './tokens.ts';

/** "has written", "had written": a perfect of writing is the subject's own words. */
const PERFECT = new Set(['has', 'had', 'have']);

/** Whether tokens[k] is a verb of saying by the word next to it ("pointed out", "had written"). */
export function twoWordCue(tokens: Token[], k: number): boolean {
  const word = lowerOf(tokens[k]);
  if (word === 'written') return PERFECT.has(lowerOf(tokens[k - 1]));
  // Not "waved at Reyes, then at Brandt pointing out …": a participle goes to the name right before it.
  if (word.endsWith('ing')) return false;
  const particle = PARTICLE_CUES.get(word);
  if (particle === undefined || lowerOf(tokens[k + 1]) !== particle) return false;
  // Not "It also points out that “…”": after a quote from a report, "it" is the report more often than the
  // body "it" would be read as; these quotes were found and credited to no one, and stay so.
  const subject = AUXILIARIES.has(lowerOf(tokens[k - 1])) ? tokens[k - 2] : tokens[k - 1];
  return lowerOf(subject) !== 'it';
}
