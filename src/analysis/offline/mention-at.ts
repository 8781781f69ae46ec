// The mention covering an offset: what the speaker rules ask of nearly every word they read.
import type { Mention, Registry } from './entities.ts';

/** The mention covering an offset, if any. */
export function mentionAt(registry: Registry, offset: number): Mention | undefined {
  // indexOfRangeAt's binary search, written out: the speaker rules ask it of nearly every word they read,
  // and the two accessor closures were made and called at every ask.
  const mentions = registry.mentions;
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const mention = mentions[mid] as Mention;
    if (offset < mention.start) hi = mid - 1;
    else if (offset >= mention.end) lo = mid + 1;
    else return mention;
  }
  return undefined;
}
