// An article's lines as paragraphs: each line between newlines, trimmed, sorted into body, heading or furniture
// (furniture.ts), with where the first body paragraph's prose starts after a wire dateline.
import { isTitleCaseLine } from '../../util/title-case.ts';
import { isSpaceCode } from '../../util/word-count.ts';
import { classifyLine, datelineLength, type ParagraphKind } from './furniture.ts';
import { WEEKDAYS } from './lexicon.ts';

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  kind: ParagraphKind;
  /** A headline in title case that the archive ended with a full stop: a body paragraph, but no story. */
  headline: boolean;
  /** Where the prose starts: after a wire dateline such as "KORVIN, March 9 (Meridian Wire) - ". */
  bodyStart: number;
}

/**
 * The note that closes a story: a line announcing that the post was revised for a correction, or "Correction:
 * March 9, 2024". What follows is the note and, on a blog page, the next posts, none of them this story.
 */
const CORRECTION_NOTE =
  /^(?:this (?:post|article|story) has been (?:revised|updated) to reflect the following corrections?:|corrections?: (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}\s*$)/i;

/** "C" or "T" (either case): the note's two openings. Most paragraphs are passed on their first letter. */
function mayOpenCorrection(code: number): boolean {
  const lower = code | 32;
  return lower === 99 || lower === 116;
}

function isCorrectionNote(text: string, start: number, end: number): boolean {
  return CORRECTION_NOTE.test(text.slice(start, Math.min(end, start + 80)));
}

/**
 * At most TITLE_WORDS words and one sentence (no full stop, question or exclamation mark before a capital), with
 * no dateline and no weekday: those open a short lede ("BRENNOCK ― Ossian Vale was re-elected on Wednesday.").
 */
function isTitleLine(line: string): boolean {
  return (
    line.split(/\s+/).length <= TITLE_WORDS &&
    !/[.!?]["”’']?\s+["“‘']?\p{Lu}/u.test(line) &&
    !namesWeekday(line) &&
    datelineLength(line) === 0
  );
}
function namesWeekday(line: string): boolean {
  return (line.match(/\b[A-Z][a-z]+\b/g) ?? []).some((word) => WEEKDAYS.has(word.toLowerCase()));
}
/** The longest pasted title line: 535 of the 1,206 real articles open on one (5 to 14 words), no lede does. */
const TITLE_WORDS = 14;

export function splitParagraphs(text: string, title: string | null): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let seenBody = false;
  let closed = false;
  // Each line between newlines, trimmed by character code: what matching `/[^\n]+/g` and trimming each match
  // gave, without a match array and three strings per line.
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    while (start < lineEnd && isSpaceCode(text.charCodeAt(start))) start++;
    let end = lineEnd;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    lineStart = lineEnd + 1;
    if (end <= start) continue;
    if (
      !closed &&
      seenBody &&
      mayOpenCorrection(text.charCodeAt(start)) &&
      isCorrectionNote(text, start, end)
    )
      closed = true;
    // Past a correction note at the foot of a story, a blog page runs on into other posts.
    const kind = closed ? 'furniture' : classifyLine(text, start, end, title);
    // Many archives end the headline with a full stop, so it reads as prose. In title case, on the first line,
    // it is still the headline: read for its names, quotes and reports, but no sentence of the summary or the
    // key facts, and the dateline is looked for in the paragraph after it.
    // So is a short line of one sentence before the story, when no title came with the text: a pasted
    // article's own title ("Lawmakers weigh harbour levy."), never its lede, which runs longer.
    const headline =
      kind === 'body' &&
      paragraphs.length === 0 &&
      (isTitleCaseLine(text.slice(start, end)) ||
        (title === null && isTitleLine(text.slice(start, end)) && /\S/.test(text.slice(lineEnd))));
    // Only the first body paragraph of a story carries a dateline.
    const isFirstBody = kind === 'body' && !seenBody && !headline;
    if (kind === 'body' && !headline) seenBody = true;
    paragraphs.push({
      index: paragraphs.length,
      start,
      end,
      kind,
      headline,
      bodyStart: start + (isFirstBody ? datelineLength(text.slice(start, end)) : 0),
    });
  }
  return paragraphs;
}
