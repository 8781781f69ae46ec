// Small string measures shared by the alignment rules.

/**
 * Edits from one word to the other, two letters swapped counting as one: "Riebold" typed "Reibold" is one slip
 * of the keys, not two substitutions (an editor's read: the misspelling went unflagged).
 */
function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      let best = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (before[j - 2] as number) + 1);
      current[j] = best;
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/** Strips accents and case: "Müller" and "muller" compare equal here. */
export function foldCase(text: string): string {
  let folded = FOLDED.get(text);
  if (folded === undefined) {
    folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (FOLDED.size >= 5_000) FOLDED.clear();
    FOLDED.set(text, folded);
  }
  return folded;
}

/** foldCase memoised: the name rules fold the same few hundred words for every pair of sources. */
const FOLDED = new Map<string, string>();

/**
 * Two spellings of one word, not two words: close in edit distance relative to length, and sharing a first
 * letter or a last letter (transliterations vary in the middle: Mashaal/Meshaal, Zelensky/Zelenskyy).
 */
export function isSpellingVariant(a: string, b: string): boolean {
  const x = foldCase(a);
  const y = foldCase(b);
  if (x === y || Math.min(x.length, y.length) < 4) return false;
  const limit = Math.max(x.length, y.length) >= 8 ? 2 : 1;
  // The edit distance is at least the difference in length: most pairs of names fail here, without the table.
  if (Math.abs(x.length - y.length) > limit) return false;
  const distance = editDistance(x, y);
  return distance <= limit && (x[0] === y[0] || x.at(-1) === y.at(-1));
}

/** The word a speaker is known by: the surname for people, the whole name for bodies. */
export function speakerKey(speaker: string): string {
  const words = foldCase(speaker)
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const body =
    /\b(ministry|police|department|office|army|forces|agency|council|government|court|company|spokes\w*)\b/;
  if (body.test(words.join(' '))) return words.filter((word) => !['the', 'of'].includes(word)).join(' ');
  // "Roger Stone Jr." is known by "Stone".
  const name = words.filter((word) => !/^(?:jr|sr|ii|iii|iv)$/.test(word));
  return name.at(-1) ?? words.at(-1) ?? '';
}

export function sameSpeaker(a: string, b: string): boolean {
  const x = speakerKey(a);
  const y = speakerKey(b);
  return x !== '' && (x === y || isSpellingVariant(x, y));
}

/** Dice's coefficient over two multisets of keyed tokens: 2·(tokens shared, counted once each) / (all tokens). */
export function multisetDice(a: readonly { key: string }[], b: readonly { key: string }[]): number {
  if (a.length + b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const token of a) counts.set(token.key, (counts.get(token.key) ?? 0) + 1);
  let shared = 0;
  for (const token of b) {
    const left = counts.get(token.key) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(token.key, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}
