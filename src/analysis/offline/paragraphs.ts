// An article's lines as paragraphs: each line between newlines, trimmed, sorted into body, heading or furniture
// (furniture.ts), with where the first body paragraph's prose starts after a wire dateline.
import { isSpaceCode } from '../../util/word-count.ts';
import { classifyLine, datelineLength, type ParagraphKind } from './furniture.ts';

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  kind: ParagraphKind;
  /** Where the prose starts: after a wire dateline such as "KORVIN, March 9 (Meridian Wire) - ". */
  bodyStart: number;
}

export function splitParagraphs(text: string, title: string | null): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let seenBody = false;
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
    const kind = classifyLine(text, start, end, title);
    // Only the first body paragraph of a story carries a dateline.
    const isFirstBody = kind === 'body' && !seenBody;
    if (kind === 'body') seenBody = true;
    paragraphs.push({
      index: paragraphs.length,
      start,
      end,
      kind,
      bodyStart: start + (isFirstBody ? datelineLength(text.slice(start, end)) : 0),
    });
  }
  return paragraphs;
}
