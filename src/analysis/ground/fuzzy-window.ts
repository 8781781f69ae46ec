// Finds the stretch of a text whose words best match a needle's words, for quotes the model reworded.
// Score = 2·LCS / (needle words + window words): 1 for the same words in the same order.
import type { Token } from './tokens.ts';

export interface FuzzyHit {
  startToken: number;
  endToken: number; // exclusive
  score: number;
}

/**
 * Windows start only where one of the needle's first or last words occurs (anchored), so the cost stays
 * proportional to the few plausible places rather than to every position in a long article.
 */
export function bestFuzzyWindow(needle: Token[], hay: Token[]): FuzzyHit | null {
  const n = needle.length;
  if (n === 0 || hay.length === 0) return null;
  const maxWindow = Math.ceil(n * 1.6) + 2;
  const starts = anchoredStarts(needle, hay, maxWindow);
  let best: FuzzyHit | null = null;
  for (const start of starts) {
    const hit = bestEndFrom(needle, hay, start, Math.min(hay.length, start + maxWindow));
    if (hit && (best === null || hit.score > best.score)) best = hit;
  }
  return best;
}

function anchoredStarts(needle: Token[], hay: Token[], maxWindow: number): number[] {
  const heads = new Map<string, number>();
  needle.slice(0, 3).forEach((token, offset) => {
    if (!heads.has(token.key)) heads.set(token.key, offset);
  });
  const tails = new Map<string, number>();
  needle.slice(-3).forEach((token, index, tail) => {
    tails.set(token.key, needle.length - tail.length + index);
  });
  const starts = new Set<number>();
  hay.forEach((token, index) => {
    const head = heads.get(token.key);
    if (head !== undefined) starts.add(Math.max(0, index - head));
    const tail = tails.get(token.key);
    if (tail !== undefined) starts.add(Math.max(0, index - Math.min(maxWindow - 1, tail + 2)));
  });
  return [...starts].sort((a, b) => a - b);
}

/** One LCS table over needle × hay[start..limit) gives the LCS for every window end at once. */
function bestEndFrom(needle: Token[], hay: Token[], start: number, limit: number): FuzzyHit | null {
  const width = limit - start;
  let previous = new Uint16Array(width + 1);
  let current = new Uint16Array(width + 1);
  for (let i = 1; i <= needle.length; i++) {
    const key = (needle[i - 1] as Token).key;
    for (let j = 1; j <= width; j++) {
      current[j] =
        (hay[start + j - 1] as Token).key === key
          ? (previous[j - 1] as number) + 1
          : Math.max(previous[j] as number, current[j - 1] as number);
    }
    [previous, current] = [current, previous];
  }
  let best: FuzzyHit | null = null;
  for (let j = 1; j <= width; j++) {
    // Windows must begin and end on a matched word, or the span would carry stray words at its edges.
    if ((previous[j] as number) === (previous[j - 1] as number)) continue;
    const score = (2 * (previous[j] as number)) / (needle.length + j);
    if (best === null || score > best.score) best = { startToken: start, endToken: start + j, score };
  }
  if (best && (previous[1] as number) === 0) best = trimLeadingMisses(needle, hay, best);
  return best;
}

/** Drop unmatched words at the window's start (the anchor may sit a few words before the real start). */
function trimLeadingMisses(needle: Token[], hay: Token[], hit: FuzzyHit): FuzzyHit {
  const keys = new Set(needle.map((token) => token.key));
  let start = hit.startToken;
  while (start < hit.endToken - 1 && !keys.has((hay[start] as Token).key)) start++;
  if (start === hit.startToken) return hit;
  const dropped = start - hit.startToken;
  const windowLength = hit.endToken - hit.startToken;
  const lcs = (hit.score * (needle.length + windowLength)) / 2;
  return {
    startToken: start,
    endToken: hit.endToken,
    score: (2 * lcs) / (needle.length + windowLength - dropped),
  };
}
