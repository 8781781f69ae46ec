// A wire dateline at the start of a sentence: "WASHINGTON ― ", "MOSCOW (AP) — ", "KORVIN, March 9 (Meridian
// Wire) - ", and the spaceless "WASHINGTON ―House" some sites print. It names where the story was filed, so
// a summary or a key fact that begins with it reads better without it. The paragraph splitter already skips
// the common forms; this catches the rest (the horizontal bar ―, a missing space) where a fact is written.

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
