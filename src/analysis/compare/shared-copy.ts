// Sources that print the same passage word for word share copy (a wire story, a press release): they are
// one report, not independent confirmation, and a reader counting "three outlets agree" should know it.
// Quoted words are left out: outlets quoting the same speech alike is no sign of shared copy.
// Linear in the texts' length: shingles of SHINGLE words are hashed once, runs are grown from a hit.
import type { Disagreement } from '../../types.ts';
import { tokenize } from '../ground/tokens.ts';
import type { SourceText } from './name-variants.ts';

/** A run this long outside quotation marks is beyond coincidence or a stock phrase. */
const MIN_RUN_WORDS = 25;
const SHINGLE = 8;
/** The passage shown is its opening: enough to find it, short enough to read. */
const SHOWN_WORDS = 40;

interface Word {
  key: string;
  start: number;
  end: number;
  quoted: boolean;
}

interface Run {
  a: [number, number];
  b: [number, number];
  /** Words outside quotation marks, in both sources, in the run. */
  own: number;
}

export function findSharedCopy(sources: SourceText[]): Disagreement[] {
  // Each source's words and shingles once, not once per pair it is in.
  const texts = sources.map((source) => shinglesOf(wordsOf(source.text)));
  const items: Disagreement[] = [];
  for (let i = 0; i < sources.length; i++) {
    for (let j = i + 1; j < sources.length; j++) {
      const first = texts[i] as Shingled;
      const second = texts[j] as Shingled;
      const run = longestRun(first, second);
      if (!run || run.own < MIN_RUN_WORDS) continue;
      const a = sources[i] as SourceText;
      const b = sources[j] as SourceText;
      const textA = slice(a.text, first.words, run.a);
      const textB = slice(b.text, second.words, run.b);
      const ids = `${a.sheet.id} and ${b.sheet.id}`;
      items.push({
        topic: `Shared copy: ${ids}`,
        kind: 'shared_copy',
        severity: 'low',
        note: `${ids} print the same ${run.a[1] - run.a[0]}-word passage word for word: one report, not independent confirmation.`,
        versions: [
          { source: a.sheet.id, text: textA, ref: null },
          { source: b.sheet.id, text: textB, ref: null },
        ],
        foundBy: 'rule',
      });
    }
  }
  return items;
}

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  let quoted = false;
  for (const token of tokenize(text)) {
    const opens = /^["“]/.test(token.raw);
    const closes = /["”][^\p{L}\p{N}]*$/u.test(token.raw);
    if (opens) quoted = true;
    out.push({ key: token.key, start: token.start, end: token.end, quoted: quoted || closes });
    if (closes) quoted = false;
    // A quote left open runs to the end of its paragraph at most.
    if (text.slice(token.end, token.end + 2).includes('\n')) quoted = false;
  }
  return out;
}

/** A text's words, the shingle starting at each word, and where each shingle occurs. */
interface Shingled {
  words: Word[];
  keys: string[];
  starts: Map<string, number[]>;
}

function shinglesOf(words: Word[]): Shingled {
  const keys: string[] = [];
  const starts = new Map<string, number[]>();
  for (let k = 0; k + SHINGLE <= words.length; k++) {
    const key = shingle(words, k);
    keys.push(key);
    const list = starts.get(key);
    if (list) list.push(k);
    else starts.set(key, [k]);
  }
  return { words, keys, starts };
}

function longestRun(first: Shingled, second: Shingled): Run | null {
  const a = first.words;
  const b = second.words;
  let best: Run | null = null;
  for (let i = 0; i < first.keys.length; ) {
    const hits = second.starts.get(first.keys[i] as string);
    if (!hits) {
      i++;
      continue;
    }
    let longest = 0;
    for (const j of hits.slice(0, 4)) {
      let n = 0;
      while (i + n < a.length && j + n < b.length && a[i + n]?.key === b[j + n]?.key) n++;
      let own = 0;
      for (let k = 0; k < n; k++) if (!a[i + k]?.quoted && !b[j + k]?.quoted) own++;
      if (!best || own > best.own) best = { a: [i, i + n], b: [j, j + n], own };
      longest = Math.max(longest, n);
    }
    // Skip past the run just measured: every later start inside it would find a shorter copy of it.
    i += Math.max(1, longest - SHINGLE + 1);
  }
  return best;
}

/** The SHINGLE keys from `at`, joined by spaces: built by concatenation, not slice/map/join (a third of
 * findSharedCopy's time went to those arrays). */
function shingle(words: Word[], at: number): string {
  let key = (words[at] as Word).key;
  for (let k = at + 1; k < at + SHINGLE && k < words.length; k++) key += ` ${(words[k] as Word).key}`;
  return key;
}

function slice(text: string, words: Word[], [from, to]: [number, number]): string {
  const last = Math.min(to, from + SHOWN_WORDS) - 1;
  return text.slice((words[from] as Word).start, (words[last] as Word).end);
}
