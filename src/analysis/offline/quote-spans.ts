// Finds the stretches of a paragraph that sit between double quote marks, curly or straight.
// Single marks are never outer quotes here: ’ is far more often an apostrophe ("Lestria’s") than a quote,
// and nested quotes (‘…’ or '…' inside “…”, "…" inside "…" or “…” inside “…”: inner-straight.ts, inner-curly.ts)
// stay part of the outer quote's text.
// Newspaper convention for a quote running over several paragraphs: each paragraph opens a quote mark and
// only the last one closes it. An unclosed quote therefore ends at its paragraph's end, and the next
// piece is flagged as its continuation so attribution can carry across. Two typing slips are read as meant: a
// closing mark typed the wrong way round (“late,“), and a quote left unclosed before "She added: “…”".

import { firstAtOrAfter } from '../../util/sorted-search.ts';
import { isAbbreviation } from './abbreviation-dot.ts';
import { opensInnerCurly } from './inner-curly.ts';
import { opensInnerStraight } from './inner-straight.ts';
import { closesWrongWayRound, isStrayStraight } from './mark-slips.ts';
import { mistypedCloser } from './mistyped-closer.ts';

export interface QuoteSpan {
  /** Offsets of the quoted words in the article text (between the marks, trimmed), end exclusive. */
  start: number;
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the paragraph ends with the quote still open. */
  close: number | null;
  paragraph: number;
  /** True when this piece continues a quote left open at the end of the previous quoted paragraph. */
  continues: boolean;
}

export interface ParagraphRange {
  index: number;
  start: number;
  end: number;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);

export function findQuoteSpans(text: string, paragraphs: ParagraphRange[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let previousUnclosed = false;
  const marks = markOffsets(text);
  for (const paragraph of paragraphs) {
    const found = scanParagraph(text, paragraph, marks);
    const first = found[0];
    if (first && previousUnclosed && first.open === firstNonSpace(text, paragraph.start))
      first.continues = true;
    const last = found.at(-1);
    previousUnclosed = last !== undefined && last.close === null;
    spans.push(...found);
  }
  return spans;
}

/**
 * The offset of every quote mark and apostrophe in the text, double or single, in order: found by one pattern
 * pass over the article (its `test` makes no match array), where each paragraph was read character by
 * character up to three times (for double marks, for two apostrophes in a row, for single marks).
 */
function markOffsets(text: string): number[] {
  const offsets: number[] = [];
  MARKS.lastIndex = 0;
  while (MARKS.test(text)) offsets.push(MARKS.lastIndex - 1);
  return offsets;
}

const MARKS = /[“”„«»"'‘’]/g;
const ownOffset = (offset: number) => offset;

function scanParagraph(text: string, paragraph: ParagraphRange, marks: number[]): QuoteSpan[] {
  // The paragraph's marks: marks[from, to).
  const from = firstAtOrAfter(marks, paragraph.start, ownOffset);
  let to = from;
  while (to < marks.length && (marks[to] as number) < paragraph.end) to++;
  if (!hasDoubleMark(text, marks, from, to))
    return hasArchiveDouble(text, marks, from, to)
      ? scanArchiveDoubles(text, paragraph)
      : scanSingles(text, paragraph, marks, from, to);
  const spans: QuoteSpan[] = [];
  let open: number | null = null;
  for (let k = from; k < to; k++) {
    const i = marks[k] as number;
    // Only double marks matter below.
    if (!isDoubleMark(text.charCodeAt(i))) continue;
    const ch = text[i] as string;
    if (open === null) {
      // A paragraph may open with a closing mark typed the wrong way round: ”What is most… ” ― Name.
      const reversed =
        ch === '”' &&
        i === firstNonSpace(text, paragraph.start) &&
        closesAgainAfter(text, paragraph.start, paragraph.end);
      if (OPENERS.has(ch) || reversed || (ch === '"' && opensStraight(text, i, paragraph))) open = i;
      continue;
    }
    // An inner quote stays in the outer one's text: skip to its closing mark.
    if (ch === '"' && text[open] === '"' && opensInnerStraight(text, marks, k, to)) {
      while (text.charCodeAt(marks[++k] as number) !== 34);
      continue;
    }
    if (ch === '“' && text[open] === '“' && opensInnerCurly(text, marks, k, to)) {
      while (text.charCodeAt(marks[++k] as number) !== 0x201d);
      continue;
    }
    if (ch === '“' && isStrayStraight(text, open, i, paragraph)) {
      open = i;
      continue;
    }
    // Any double closing mark ends the quote: pasted text often mixes “ with ", and some sites type the
    // closing mark the wrong way round (“It was late,“ she said).
    if (CLOSERS.has(ch) || ch === '"' || (ch === '“' && closesWrongWayRound(text, i, paragraph.end))) {
      pushSpan(spans, text, open, i, paragraph.index);
      open = null;
    } else if (ch === '“' && text[open] === '“' && closersAfter(text, i, paragraph.end) < 2) {
      // A new quote opens before the open one closed, and only one closing mark is left for both: the first was
      // never closed (“…happen again. He added: “…”). When a short lead-in ending in ":" or "," stands between
      // its last sentence and the new mark, that sentence is where it ended; else where is unknown, and neither
      // is split off; unless a single mark closed it by mistake (mistyped-closer.ts).
      const end = lastSentenceEnd(text, open + 1, i);
      const leadIn = end !== null && isLeadIn(text.slice(end, i));
      const slip = leadIn ? null : mistypedCloser(text, open + 1, i);
      if (leadIn || slip !== null) {
        pushSpan(spans, text, open, slip, paragraph.index, end ?? 0);
        open = i;
      }
    }
  }
  if (open !== null) pushSpan(spans, text, open, null, paragraph.index, paragraph.end);
  return spans;
}

function hasDoubleMark(text: string, marks: number[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isDoubleMark(text.charCodeAt(marks[k] as number))) return true;
  return false;
}

/** Two apostrophes in a row inside the paragraph, `slice.includes("''")`: two marks side by side. */
function hasArchiveDouble(text: string, marks: number[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const at = marks[k] as number;
    if (marks[k - 1] === at - 1 && text.charCodeAt(at) === 39 && text.charCodeAt(at - 1) === 39) return true;
  }
  return false;
}

/** “ ” „ « » or ": the marks a quote opens or closes with. */
function isDoubleMark(code: number): boolean {
  return (
    code === 0x22 || code === 0x201c || code === 0x201d || code === 0x201e || code === 0xab || code === 0xbb
  );
}

/** `slice.indexOf('”', 1) > 0` of the paragraph starting at `at`: a ” past its first character. */
function closesAgainAfter(text: string, at: number, end: number): boolean {
  for (let i = at + 1; i < end; i++) if (text.charCodeAt(i) === 0x201d) return true;
  return false;
}

/**
 * British style: ‘…’ or '…' as the outer quotes, read only in paragraphs with no double quotes. An opening
 * mark must start a word and a closing one end it, which keeps apostrophes ("Lestria’s", "’90s") out; a
 * plural possessive ("the workers’ pay") inside an open quote is the one case this can misread.
 */
function scanSingles(
  text: string,
  paragraph: ParagraphRange,
  marks: number[],
  from: number,
  to: number,
): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: number | null = null;
  for (let k = from; k < to; k++) {
    // The paragraph's marks hold no double one here: each is ‘ ' or ’.
    const i = marks[k] as number;
    const ch = text[i] as string;
    const before = i > paragraph.start ? (text[i - 1] as string) : ' ';
    const after = text[i + 1] ?? ' ';
    if (open === null) {
      if (ch !== '’' && /[\s([{\u2014\u2013-]/.test(before) && /\p{L}|\p{N}/u.test(after)) open = i;
    } else if (ch !== '‘' && !/\s/.test(before) && !/\p{L}/u.test(after)) {
      pushSpan(spans, text, open, i, paragraph.index);
      open = null;
    }
  }
  // An unclosed single mark is far more likely an apostrophe than a quote running on: no continuation here.
  return spans;
}

/**
 * Archive copy (older NYT text among others) types each double quote mark as two apostrophes: ''…''. A pair
 * opens a quote where a word starts and closes it anywhere after; a single apostrophe is never a mark here.
 * The span's `open` is the first apostrophe of the opening pair and `close` the last of the closing pair.
 */
function scanArchiveDoubles(text: string, paragraph: ParagraphRange): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: number | null = null;
  for (
    let i = text.indexOf("''", paragraph.start);
    i >= 0 && i < paragraph.end - 1;
    i = text.indexOf("''", i + 2)
  ) {
    if (open === null) {
      if (opensStraight(text, i, paragraph) && !/\s/.test(text[i + 2] ?? ' ')) open = i;
      continue;
    }
    // pushSpan reads one-character marks: the words start past the opening pair and end before the closing one.
    const before = spans.length;
    pushSpan(spans, text, open + 1, i, paragraph.index);
    const span = spans[before];
    if (span) Object.assign(span, { open, close: i + 1 });
    open = null;
  }
  if (open !== null) {
    const before = spans.length;
    pushSpan(spans, text, open + 1, null, paragraph.index, paragraph.end);
    const span = spans[before];
    if (span) span.open = open;
  }
  return spans;
}

/**
 * A straight mark opens a quote when it starts a word: after a space, a bracket, a dash, a colon (transcripts
 * glue it: `Rep. Reyes (R-Korv.):"I have …`) or the line start.
 */
function opensStraight(text: string, at: number, paragraph: ParagraphRange): boolean {
  const before = at > paragraph.start ? (text[at - 1] as string) : ' ';
  const after = text[at + 1] ?? ' ';
  return /[\s([{\u2014\u2013:-]/.test(before) && !/\s/.test(after);
}

/** "He added:", "Brandt said,": a few words ending in a colon or a comma, as narration leads into a quote. */
function isLeadIn(narration: string): boolean {
  const words = narration.trim();
  return /^\S+(?:\s+\S+){0,5}[:,]$/.test(words);
}

/** How many closing double marks (” or ") the paragraph holds after `at`, counting to two. */
function closersAfter(text: string, at: number, paragraphEnd: number): number {
  let count = 0;
  for (let i = at + 1; i < paragraphEnd && count < 2; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x201d || code === 0x22) count++;
  }
  return count;
}

/** Just past the last stop, "?" or "!" before a space in [from, to) that ends a sentence ("Mr." does not). */
function lastSentenceEnd(text: string, from: number, to: number): number | null {
  for (let i = to - 1; i > from; i--) {
    const mark = text[i - 1];
    if (!/\s/.test(text[i] as string)) continue;
    if (mark === '?' || mark === '!' || (mark === '.' && !isAbbreviation(text, i - 1))) return i;
  }
  return null;
}

function pushSpan(
  spans: QuoteSpan[],
  text: string,
  open: number,
  close: number | null,
  paragraph: number,
  paragraphEnd = 0,
): void {
  let start = open + 1;
  let end = close ?? paragraphEnd;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  if (end <= start) return;
  spans.push({ start, end, open, close, paragraph, continues: false });
}

function firstNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  return i;
}
