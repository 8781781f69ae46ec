// A wire dateline at the start of a sentence: "WASHINGTON ― ", "MOSCOW (AP) — ", "KORVIN, March 9 (Meridian
// Wire) - ", and the spaceless "WASHINGTON ―House" some sites print. It names where the story was filed, so
// a summary or a key fact that begins with it reads better without it, and it is never the subject of the verbs
// after it. The paragraph splitter already skips
// the common forms; this catches the rest (the horizontal bar ―, a missing space) where a fact is written.
import type { Token } from './tokens.ts';

const DATELINE =
  /^\p{Lu}{2,}[\p{Lu} .'’-]*(?:,\s*[\p{L}\p{N} .]{2,30}){0,2}(?:\s*\([^)]{2,40}\))?\s*(?:[-–—―]{1,2}|:)\s*(?=[\p{Lu}\p{N}“"])/u;

/** Length of a dateline opening `text`, or 0. */
export function leadingDatelineLength(text: string): number {
  const match = DATELINE.exec(text);
  if (!match) return 0;
  // "UPDATE -", "BREAKING:" are labels on the copy, not places: the line is furniture, and must stay visible as such.
  if (
    /^(?:UPDATED?|CORRECTION|CLARIFICATION|BREAKING|EXCLUSIVE|WATCH|VIDEO|LIVE|ANALYSIS|OPINION|EDITORIAL)\b/.test(
      match[0],
    )
  )
    return 0;
  // "NATO: …" or "AIDS — …" are not places filed from: a dateline ends in a dash, or has an agency in brackets.
  if (match[0].trimEnd().endsWith(':') && !match[0].includes('(')) return 0;
  return match[0].length;
}

/**
 * The first token after a dateline that opens a sentence's tokens (0 when none does): "LESTRIA, Korv. - Brandt
 * promised …" has its subject after the dash, and the place the story was filed from is no one who speaks.
 */
export function firstTokenAfterDateline(tokens: readonly Token[], text: string): number {
  const first = tokens[0];
  if (!first || !/^\p{Lu}{2}/u.test(first.text)) return 0;
  const length = leadingDatelineLength(text.slice(first.start, first.start + 120));
  if (length === 0) return 0;
  const end = first.start + length;
  const after = tokens.findIndex((token) => token.start >= end);
  return after < 0 ? tokens.length : after;
}
