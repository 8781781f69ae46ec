// Text normalisation for grounding, with a map back to the original characters so a match keeps its span.
// Differences it forgives: quote marks (dropped on both sides), dash styles, whitespace runs, case, ellipsis form.

const QUOTE_MARKS = new Set('"\'‘’‚‛“”„‟«»‹›′″`´');
const DASHES = new Set('-‐‑‒–—―−');
const SPACE = /\s/;

export interface Normalized {
  text: string;
  /** origin[i] is the index in the original string of normalized character i. */
  origin: number[];
}

/** One pass over the text; parts are joined once at the end (long articles, called for every source). */
export function normalizeWithMap(original: string): Normalized {
  const parts: string[] = [];
  const origin: number[] = [];
  let pendingSpace = -1; // index of a whitespace run (or dash) waiting to become one space
  let lastWasDash = false;
  const emit = (char: string, from: number) => {
    if (pendingSpace >= 0 && parts.length > 0) {
      parts.push(' ');
      origin.push(pendingSpace);
    }
    pendingSpace = -1;
    parts.push(char);
    origin.push(from);
  };
  for (let i = 0; i < original.length; i++) {
    const char = original[i] as string;
    if (QUOTE_MARKS.has(char)) continue;
    if (DASHES.has(char)) {
      // "home—and", "home - and" and "home -- and" all become "home - and".
      if (!lastWasDash) {
        if (pendingSpace < 0) pendingSpace = i;
        emit('-', i);
        pendingSpace = i;
      }
      lastWasDash = true;
      continue;
    }
    if (SPACE.test(char)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    lastWasDash = false;
    if (char === '…') {
      emit('.', i);
      parts.push('..');
      origin.push(i, i);
      continue;
    }
    const lower = char.toLowerCase();
    if (lower.length === 1) emit(lower, i);
    else {
      // Rare characters whose lower case is longer (İ): every part maps back to the same original index.
      emit(lower[0] as string, i);
      for (const extra of lower.slice(1)) {
        parts.push(extra);
        origin.push(i);
      }
    }
  }
  return { text: parts.join(''), origin };
}

/** The normalised form of a quote or evidence string as the model gave it: end punctuation trimmed too. */
export function normalizeNeedle(needle: string): string {
  return normalizeWithMap(needle)
    .text.replace(/^[\s.,;:!?-]+/, '')
    .replace(/[\s.,;:!?-]+$/, '');
}
