// Bylines as pastes carry them: "By Jane Doe", "By JANE DOE and John Roe | Reuters", "Written by …",
// "Authored by Mike Shedlock via MishTalk.com," (syndication sites), "(Reporting by …; Editing by …)".
import { parseDateLine } from '../dates.ts';

export interface BylineLine {
  byline: string | null;
  outlet: string | null;
  publishedAt: string | null;
  /** Text on the same line that is article text and must be kept ("Authored by X via Y, The Fed said …"). */
  rest: string;
}

const PARTICLES = new Set([
  'and',
  '&',
  'de',
  'del',
  'della',
  'da',
  'di',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'bin',
  'al',
  'el',
  'du',
  'dos',
  'y',
  'in',
  'for',
  'of',
  'the',
]);

/** A list of people's names, optionally with a role or desk: "Jane Doe and John Roe, Reuters". */
export function isNameList(text: string): boolean {
  const value = text.trim();
  if (value === '' || value.length > 120 || /[.!?]$/.test(value.replace(/\b(?:jr|sr|dr|st)\.$/i, '')))
    return false;
  const words = value.split(/[\s,]+/).filter(Boolean);
  if (words.length > 14) return false;
  const capitalised = words.filter((word) => /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u.test(word));
  const allowed = words.every(
    (word) => /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u.test(word) || PARTICLES.has(word.toLowerCase()),
  );
  return allowed && capitalised.length >= 1;
}

/**
 * A real byline or credit line is short. Longer lines are story text, and running the patterns below over them
 * backtracks quadratically (a 400 KB "By a, a, a, …" line took seconds), so they are never tried on one.
 */
const MAX_BYLINE_CHARS = 300;

/** "Authored by X via Y" anywhere at the start of a line; the rest of the line is kept as text. */
export function parseAuthoredBy(line: string): BylineLine | null {
  const trimmed = line.trim();
  // The rest of the line is story text of any length, so only the "Authored by X via Y" head is capped:
  // the pattern runs over at most MAX_BYLINE_CHARS characters and the rest is sliced off by position.
  const head = trimmed.slice(0, MAX_BYLINE_CHARS);
  const match =
    /^authored by\s+(.+?)\s+via\s+(.+?)(?:\s*\((?:emphasis|h\/t)[^)]*\))?\s*(?:[,:;]\s*|(?<end>$)|\.\s+|\s+[-–—]\s+)/i.exec(
      head,
    );
  if (!match?.[1] || !match[2]) return null;
  // Reaching the end of a cut-off head is not reaching the end of the line: no separator within the cap.
  if (match.groups?.end !== undefined && head.length < trimmed.length) return null;
  const rest = trimmed.slice(match[0].length);
  // The pattern's "." never crossed a line break: a multi-line paragraph is not an "Authored by" line.
  if (/[\n\r\u2028\u2029]/.test(rest)) return null;
  const byline = match[1].trim();
  const outlet = match[2].trim().replace(/[,.;:]$/, '');
  if (!isNameList(byline) || outlet.split(/\s+/).length > 8) return null;
  return { byline, outlet, publishedAt: null, rest: rest.trim() };
}

/**
 * A byline line near the top. Segments split by " | ", " · " or " • " may also carry a date, a reading time
 * or an outlet: "By Jane Doe | Reuters | Nov 12, 2025".
 */
export function parseBylineLine(line: string): BylineLine | null {
  const authored = parseAuthoredBy(line);
  if (authored) return authored;
  if (line.trim().length > MAX_BYLINE_CHARS) return null;
  const segments = line.trim().split(/\s+[|·•]\s+/);
  const first = segments[0] ?? '';
  const named = /^(?:by|written by|words by|story by|reporting by|from)\s*:?\s+(.+)$/i.exec(first);
  if (!named?.[1]) return null;
  let name = named[1].trim();
  let publishedAt: string | null = null;
  // "By Jane Doe, Nov 12, 2025" or "By Jane Doe on November 12, 2025": split at the first separator and try
  // what follows as a date. (?<!\s) starts a whitespace run's "\s+on" only at the run's first character, so
  // the search stays linear instead of rescanning the run from every position.
  const separator = /(?:,|(?<!\s)\s+(?:on|[-–—]))\s+/.exec(name);
  if (separator && separator.index > 0) {
    const tail = name.slice(separator.index + separator[0].length);
    const date = /\d{4}/.test(tail) ? parseDateLine(tail) : null;
    if (date) {
      name = name.slice(0, separator.index).trim();
      publishedAt = date.date;
    }
  }
  if (!isNameList(name)) return null;
  let outlet: string | null = null;
  for (const segment of segments.slice(1)) {
    const date = parseDateLine(segment);
    if (date) {
      publishedAt ??= date.date;
      continue;
    }
    if (/^\d+\s*min(?:ute)?s?(?:\s+read)?$/i.test(segment)) continue;
    if (!outlet && isNameList(segment)) {
      outlet = segment;
      continue;
    }
    return null; // Something unexpected on the line: not a byline we understand, keep it as text.
  }
  return { byline: name, outlet, publishedAt, rest: '' };
}

/** Wire-service credit lines: "(Reporting by Jane Doe; Editing by John Roe)". */
export function parseCreditLine(line: string): string | null {
  if (line.trim().length > MAX_BYLINE_CHARS) return null;
  const match = /^\(?\s*((?:additional )?reporting by\s+[^;)]+)(?:;[^)]*)?\)?\.?$/i.exec(line.trim());
  if (!match?.[1]) return null;
  const names = match[1].replace(/^(?:additional )?reporting by\s+/i, '').trim();
  const cleaned = names.replace(/\s+in\s+[\p{Lu}][\p{L} ]+$/u, '');
  return isNameList(cleaned) ? cleaned : null;
}

/** "Jane Doe's Photo" / "Photo of Jane Doe": the author avatar's alt text. */
export function isAuthorAvatar(line: string): boolean {
  return /^(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*['’]s (?:photo|avatar|picture|profile picture)$/iu.test(
    line.trim(),
  );
}
