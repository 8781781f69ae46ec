// Where a version's words sit in its source, and the same words widened to whole words: evidence a reader
// sees must never stop inside a number ("7,326 Palestinians and 1" when the text has "1,400"), a word, or a
// bracket: "prosecutor Robert] Mueller" hides that "[prosecutor Robert]" is an editor's insertion, not the
// speaker's words, so the span takes in the whole bracket (or, with no partner in reach, stops short of it).

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

/** Extends [start, end) so it neither starts nor ends inside a word, a number or a bracket. */
export function widen(source: string, start: number, end: number): string {
  let [from, to] = [start, end];
  // A bracket taken in may end inside a word ("know[s]"), and a word taken in may hold a bracket: until stable
  // (each round only takes in or leaves out a bracket for good; the bound is a guard, never reached).
  for (let round = 0; round < 20; round++) {
    const words = wholeWords(source, from, to);
    const brackets = wholeBrackets(source, words.from, words.to);
    if (brackets.from === from && brackets.to === to) break;
    ({ from, to } = brackets);
  }
  return source.slice(from, to).trim();
}

function wholeWords(source: string, start: number, end: number): { from: number; to: number } {
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
  return { from, to };
}

const PAIRS: Record<string, string> = { '[': ']', '(': ')' };
const OPENER_OF: Record<string, string> = { ']': '[', ')': '(' };
/** How far to look for a bracket's partner: an editor's insertion or an aside is a few words, never a page. */
const REACH = 300;

/**
 * A closing bracket in the span without its opener moves the start back to that opener; an opener without
 * its closer moves the end on to it. Partners are sought within the paragraph and REACH characters; a
 * bracket without one there is left out instead (the span starts after it, or ends before it).
 */
function wholeBrackets(source: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  let to = end;
  const open: number[] = [];
  for (let i = from; i < to; i++) {
    const char = source[i] as string;
    if (PAIRS[char]) open.push(i);
    const opener = OPENER_OF[char];
    if (!opener) continue;
    const last = open.at(-1);
    if (last !== undefined && source[last] === opener) {
      open.pop();
      continue;
    }
    const opening = partner(source, from - 1, -1, opener, char);
    if (opening >= 0) from = opening;
    else {
      from = i + 1;
      open.length = 0;
    }
    return { from, to };
  }
  const unclosed = open[0];
  if (unclosed !== undefined) {
    const opener = source[unclosed] as string;
    const closing = partner(source, to, 1, PAIRS[opener] as string, opener);
    to = closing >= 0 ? closing + 1 : unclosed;
  }
  return { from, to };
}

/**
 * The partner of an unmatched bracket, walking from `at` by `step` (-1 back to an opener, 1 on to a closer)
 * within the paragraph and REACH; a bracket like the one unmatched (`nests`) met on the way must be closed
 * first. -1 when there is none.
 */
function partner(source: string, at: number, step: 1 | -1, wanted: string, nests: string): number {
  let depth = 0;
  const stop = step < 0 ? Math.max(0, at - REACH + 1) - 1 : Math.min(source.length, at + REACH);
  for (let i = at; i !== stop; i += step) {
    const char = source[i];
    if (char === '\n') return -1;
    if (char === nests) depth++;
    else if (char === wanted) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
