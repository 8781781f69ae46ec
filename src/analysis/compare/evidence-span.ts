// Where a version's words sit in its source, and the same words widened to whole words: evidence a reader
// sees must never stop inside a number ("7,326 Palestinians and 1" when the text has "1,400") or a word.

export interface Located {
  /** The text as shown: the source's own characters, widened to whole words. */
  text: string;
  /** Where it was found; null when the version's text is not in the source (nor in its headline). */
  where: 'body' | 'title' | null;
}

export function locateEvidence(text: string, body: string, title: string | null): Located {
  const trimmed = text.trim();
  if (trimmed === '') return { text, where: null };
  const inBody = body.indexOf(trimmed);
  if (inBody >= 0) return { text: widen(body, inBody, inBody + trimmed.length), where: 'body' };
  const inTitle = title?.indexOf(trimmed) ?? -1;
  if (title && inTitle >= 0) return { text: widen(title, inTitle, inTitle + trimmed.length), where: 'title' };
  return { text, where: null };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Extends [start, end) so it neither starts nor ends inside a word or a number ("1" → "1,400"). */
export function widen(source: string, start: number, end: number): string {
  let from = start;
  let to = end;
  for (;;) {
    const previous = source[from - 1] ?? '';
    const first = source[from] ?? '';
    if (WORD_CHAR.test(previous) && WORD_CHAR.test(first)) from--;
    else if (/[.,]/.test(previous) && /\d/.test(first) && /\d/.test(source[from - 2] ?? '')) from -= 2;
    else break;
  }
  for (;;) {
    const next = source[to] ?? '';
    const last = source[to - 1] ?? '';
    if (WORD_CHAR.test(next) && WORD_CHAR.test(last)) to++;
    // "1" followed by ",400" or ".5": the number goes on.
    else if (/[.,]/.test(next) && /\d/.test(last) && /\d/.test(source[to + 1] ?? '')) to += 2;
    else break;
  }
  return source.slice(from, to);
}
