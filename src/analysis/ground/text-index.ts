// indexOf for many needles in one long text, without scanning the text for each. Grounding looks
// up every quote and fact of an article in that article: with `String.indexOf` that is items × length, and items
// grow with length, so a 2 MB paste took four times as long to ground as a 1 MB one.
//
// Every STEP-th position is filed under a hash of the GRAM characters starting there (a counting sort, linear).
// An occurrence of a needle at p covers the filed positions p + j for every offset j in one residue class mod
// STEP (as far as a whole gram fits in the needle), and at each of them the text's gram is the needle's own
// gram at j. So for each class any one offset will do: the one whose bucket is smallest is read, in text order,
// and the earliest match across the STEP classes is exactly what indexOf returns. Filing every position cost
// two random writes a character, most of building the index on 2 MB of news; choosing the rarest of a needle's
// grams keeps buckets of common phrases ("the president said") from being read at all. A needle too short to
// hold a gram in every class, or whose every choice is a bucket of thousands, is handed to indexOf.

/** Characters hashed per filed position. */
const GRAM = 6;
/** Every STEP-th position is filed. */
const STEP = 3;
/** Shorter needles may hold no whole filed gram: they are searched directly. */
const SHORTEST = GRAM + STEP - 1;
/** A needle's grams looked at, from its start, when choosing the rarest: enough choice, bounded work. */
const MAX_OFFSETS = 64;
/**
 * Candidates compared in one bucket before the search is left to indexOf. A story pasted with its updates repeats
 * whole passages, so a quote's rarest gram may sit in hundreds of places; reading them costs less than indexOf's
 * scan up to the quote (2 MB of repeated reports: 78 ms of look-ups at 64, 40 ms at 1,024; real news unchanged).
 */
const MAX_CANDIDATES = 1024;
/** Below this a text is searched directly: one scan of it costs less than filing it. */
export const INDEX_MIN_LENGTH = 100_000;

export interface TextIndex {
  /** The first position of `needle` in the text from `from` on, or -1: `text.indexOf(needle, from)`. */
  indexOf(needle: string, from?: number): number;
}

export function textIndex(text: string): TextIndex {
  if (text.length < INDEX_MIN_LENGTH) return { indexOf: (needle, from = 0) => text.indexOf(needle, from) };
  return new GramIndex(text);
}

/**
 * A class, not a closure over the filed arrays: V8 compiled the first such closure an article made against
 * that article's own arrays, and the code ran twenty times slower than the same lookups through any later one
 * (5,000 quotes looked up in 2 MB of news: 1.1 s against 0.03 s).
 */
class GramIndex implements TextIndex {
  private readonly text: string;
  private readonly bits: number;
  private readonly starts: Uint32Array;
  private readonly positions: Uint32Array;
  private readonly needleBuckets = new Uint32Array(MAX_OFFSETS);

  constructor(text: string) {
    this.text = text;
    const { bits, starts, positions } = fileGrams(text);
    this.bits = bits;
    this.starts = starts;
    this.positions = positions;
  }

  indexOf(needle: string, start = 0): number {
    const text = this.text;
    // As String.indexOf reads a start before the text: from its first character.
    const from = Math.max(0, start);
    if (needle.length < SHORTEST) return text.indexOf(needle, from);
    const offsets = Math.min(MAX_OFFSETS, needle.length - GRAM + 1);
    forEachGram(needle, offsets, (offset, hash) => {
      this.needleBuckets[offset] = bucketOf(hash, this.bits);
    });
    let best = -1;
    for (let residue = 0; residue < STEP; residue++) {
      let rarest = residue;
      for (let offset = residue + STEP; offset < offsets; offset += STEP)
        if (
          this.sizeOf(this.needleBuckets[offset] as number) <
          this.sizeOf(this.needleBuckets[rarest] as number)
        )
          rarest = offset;
      const at = this.firstThrough(needle, rarest, from, best);
      if (at === null) return text.indexOf(needle, from);
      if (at >= 0) best = at;
    }
    return best;
  }

  private sizeOf(bucket: number): number {
    return (this.starts[bucket + 1] as number) - (this.starts[bucket] as number);
  }

  /**
   * The first start of `needle` from `from` on, read through its gram at `offset`, before `before` (-1: none),
   * or null if crowded.
   */
  private firstThrough(needle: string, offset: number, from: number, before: number): number | null {
    const bucket = this.needleBuckets[offset] as number;
    if (this.sizeOf(bucket) > MAX_CANDIDATES) return null;
    for (let k = this.starts[bucket] as number; k < (this.starts[bucket + 1] as number); k++) {
      const at = (this.positions[k] as number) - offset;
      if (before >= 0 && at >= before) return -1;
      if (at >= from && this.text.startsWith(needle, at)) return at;
    }
    return -1;
  }
}

/**
 * Every STEP-th position filed by its gram's bucket, in text order: bucket starts by counting, then a second
 * pass. Each filed gram is hashed where it stands, GRAM characters read: rolling the hash through every
 * position, with a call for each, read three times the characters for the one position in STEP filed. The
 * buckets are kept between the passes, a word a filed position, where hashing again cost as much again.
 */
function fileGrams(text: string): { bits: number; starts: Uint32Array; positions: Uint32Array } {
  const grams = text.length - GRAM + 1;
  const filed = Math.ceil(grams / STEP);
  // About four positions a bucket.
  const bits = Math.min(22, Math.max(10, Math.ceil(Math.log2(filed / 4))));
  const starts = new Uint32Array((1 << bits) + 1);
  const buckets = new Uint32Array(filed);
  for (let f = 0, at = 0; f < filed; f++, at += STEP) {
    let hash = 0;
    for (let k = at; k < at + GRAM; k++) hash = (Math.imul(hash, BASE) + text.charCodeAt(k)) | 0;
    const bucket = bucketOf(hash, bits);
    buckets[f] = bucket;
    starts[bucket + 1] = (starts[bucket + 1] as number) + 1;
  }
  for (let b = 1; b < starts.length; b++) starts[b] = (starts[b] as number) + (starts[b - 1] as number);
  const next = starts.slice(0, -1);
  const positions = new Uint32Array(filed);
  for (let f = 0; f < filed; f++) {
    const bucket = buckets[f] as number;
    positions[next[bucket] as number] = f * STEP;
    next[bucket] = (next[bucket] as number) + 1;
  }
  return { bits, starts, positions };
}

/** A polynomial hash of GRAM UTF-16 code units, mod 2^32, rolled one character at a time. */
const BASE = 0x01000193;
/** BASE to the power GRAM - 1, mod 2^32: what the character leaving the window weighed. */
const TOP = Array.from({ length: GRAM - 1 }).reduce<number>((power) => Math.imul(power, BASE), 1);

/** The hash of the gram at each of the first `grams` positions of `text`. */
function forEachGram(text: string, grams: number, visit: (at: number, hash: number) => void): void {
  let hash = 0;
  for (let k = 0; k < GRAM; k++) hash = (Math.imul(hash, BASE) + text.charCodeAt(k)) | 0;
  visit(0, hash);
  for (let at = 1; at < grams; at++) {
    const leaving = Math.imul(text.charCodeAt(at - 1), TOP);
    hash = (Math.imul((hash - leaving) | 0, BASE) + text.charCodeAt(at + GRAM - 1)) | 0;
    visit(at, hash);
  }
}

function bucketOf(hash: number, bits: number): number {
  return (hash ^ (hash >>> bits)) & ((1 << bits) - 1);
}
