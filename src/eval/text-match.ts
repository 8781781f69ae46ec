// How predicted quote text is compared with gold text.
//   exact   — identical after normalising Unicode form, quote marks, dashes and whitespace, and trimming
//             punctuation at either end ("…shelling," and "…shelling" are the same span).
//   relaxed — the word sets overlap with a Dice coefficient of at least RELAXED_MIN_DICE
//             (2·|shared words| / (|gold words| + |predicted words|), case-folded, punctuation dropped).
// Both are pure functions of the two strings.

/** Relaxed span threshold: a span that shares this much of its words with the gold span is the same quote. */
export const RELAXED_MIN_DICE = 0.6;

export function normaliseSpan(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[“”„«»″]/g, '"')
    .replace(/[‘’‚′]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s"',.;:!?-]+|[\s"',.;:!?-]+$/g, '');
}

export function exactMatch(a: string, b: string): boolean {
  return normaliseSpan(a) === normaliseSpan(b);
}

/** Case-folded words without punctuation or accents; thousands separators dropped ("8,700" → "8700"). */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\d),(\d)/g, '$1$2')
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}.%]+/u)
    .map((word) => word.replace(/^\.+|\.+$/g, ''))
    .filter(Boolean);
}

export function dice(a: string, b: string): number {
  return diceOfWords(words(a), words(b));
}

/** 2·|shared words| / (|x| + |y|) over word multisets; 0 when either side is empty. */
export function diceOfWords(x: string[], y: string[]): number {
  if (x.length === 0 || y.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const word of x) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of y) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(word, left - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** True when `needle`'s words occur, in order and adjacent, inside `haystack`'s words. */
export function containsWords(haystack: string, needle: string): boolean {
  const h = words(haystack);
  const n = words(needle);
  if (n.length === 0 || n.length > h.length) return false;
  for (let i = 0; i + n.length <= h.length; i++) {
    if (n.every((word, k) => h[i + k] === word)) return true;
  }
  return false;
}
