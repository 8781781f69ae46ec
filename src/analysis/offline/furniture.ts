// Tells article prose from the page furniture that pasted articles carry: bylines, captions with photo
// credits, hashtag lines, "You may also like" lists, share and comment widgets, repeated headlines.
// Furniture is never quoted, summarised or mined for facts. Headings (short lines that do not end like a
// sentence) are kept apart too: a headline is not a sentence of the story.

import { spaceNonWords } from './non-word-runs.ts';

export type ParagraphKind = 'body' | 'heading' | 'furniture';

const FURNITURE_START =
  /^(?:you may also like|related(?::| stories| articles| coverage)|read more|more from|most read|recommended for you|advertisement|sponsored|sign up|subscribe|share this|share on|comments?\b|loading comments|click here|follow us|watch:|video:|listen:|image:|photo:|photograph:|picture:|caption:|credit:|tags?:|topics:|our standards|skip to|back to top|copyright|©|all rights reserved|(?:updated|published|posted)(?::|\s+(?:on\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|last modified|this article|editor'?s note)/i;

const AUTHORED_BY = /^(?:authored|written|reported|compiled|words) by\b.{0,80}(?:\bvia\b|,\s*$)/i;
const BYLINE =
  /^[Bb]y\s+\p{Lu}[\p{L}.'’-]+(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}.'’-]+){0,5}(?:\s*[,|–—-]\s*[\p{L} ]{0,40})?$/u;
const CREDIT_LINE = /^\(?(?:reporting|additional reporting|editing|writing|compiled) by\b/i;
/** "MERIDIAN WIRE/Petra Lund", "REUTERS/Amir Cohen", "(Echo/Sam Reid)", "Getty Images" at a line's end. */
const PHOTO_CREDIT =
  /(?:\b\p{Lu}{2,}(?:\s\p{Lu}{2,})*\/\p{Lu}[\p{L} .'’-]+$|\([^()]*\/[^()]*\)\s*$|\b(?:Getty Images|AFP|AP Photo|EPA|Shutterstock|Alamy)\b[^.]*$|Photograph:\s.+$)/u;
const MAY_HOLD_CREDIT = /\/|Getty|AFP|AP Photo|EPA|Shutterstock|Alamy|Photograph:/;
const READ_TIME = /\b\d+\s*min(?:ute)?s?\s+read\b/i;
const TIME_STAMP = /\b\d{1,2}[.:]\d{2}\s*(?:am|pm|GMT|BST|UTC|CET|ET|EST)\b/i;

export function classifyParagraph(paragraph: string, title: string | null): ParagraphKind {
  const text = paragraph.trim();
  return classifyTrimmed(text, countWords(text, 0, text.length), title);
}

/**
 * classifyParagraph of source[start, end), a line already trimmed: its words are counted in the source,
 * whose characters read faster by code than a slice's (the count was the largest cost of sorting lines).
 */
export function classifyLine(
  source: string,
  start: number,
  end: number,
  title: string | null,
): ParagraphKind {
  return classifyTrimmed(source.slice(start, end), countWords(source, start, end), title);
}

/** The classification of a trimmed paragraph of `words` words (its spaces plus one). */
function classifyTrimmed(text: string, words: number, title: string | null): ParagraphKind {
  if (text === '') return 'furniture';
  // Anchored patterns fail fast; the unanchored credit pattern runs only where a credit could be.
  if (FURNITURE_START.test(text) && (words <= 14 || /^[^.!?]*:/.test(text))) return 'furniture';
  if (AUTHORED_BY.test(text) || CREDIT_LINE.test(text)) return 'furniture';
  if (words <= 12 && BYLINE.test(text)) return 'furniture';
  if (text.includes('#') && hashtagShare(text.split(/\s+/)) >= 0.5) return 'furniture';
  // A whole line in brackets is an editor's note: "(Republished from … with permission)".
  if (words <= 25 && /^\(.*\)$/.test(text)) return 'furniture';
  if (MAY_HOLD_CREDIT.test(text) && PHOTO_CREDIT.test(text)) return 'furniture';
  if (
    words <= 14 &&
    (READ_TIME.test(text) || TIME_STAMP.test(text) || text.includes(' | ') || text.includes(' · '))
  ) {
    return 'furniture';
  }
  if (title && sameLine(text, title)) return 'heading';
  // A quote credited after a dash ("“…” ― Dana Morrow") is prose, however short and unpunctuated.
  if (/^[“”"]/.test(text) && /[”"]\s*[—―–]/.test(text)) return 'body';
  // Short and unpunctuated: a headline, a section name, a masthead.
  // Archive copy closes a quote with two apostrophes: "…?''" ends a sentence too.
  if (words <= 16 && !/(?:[.!?:;"”’)]|[.!?,]'')$/.test(text)) return 'heading';
  return 'body';
}

/** One more than the spaces in text[start, end). */
function countWords(text: string, start: number, end: number): number {
  let count = 1;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 32) count++;
  return count;
}

/** Length of a wire dateline at the start of a paragraph: "KORVIN, March 9 (Meridian Wire) - ". */
export function datelineLength(paragraph: string): number {
  const wire =
    /^\p{Lu}[\p{Lu} .'’-]{2,}(?:,\s*[\p{L}\p{N} .]{2,30}){0,2}(?:\s*\([^)]{2,40}\))?\s+[-–—]{1,2}\s+/u.exec(
      paragraph,
    );
  if (wire) return wire[0].length;
  // "Ostraven - The Bank of Norland…": a place name and a dash before the first sentence.
  const place = /^\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?\s+[-–—]\s+(?=\p{Lu})/u.exec(paragraph);
  return place ? place[0].length : 0;
}

function hashtagShare(words: string[]): number {
  return words.filter((word) => word.startsWith('#')).length / words.length;
}

function sameLine(a: string, b: string): boolean {
  // Cheap length check first: most paragraphs are nowhere near the title's length.
  if (Math.abs(a.length - b.length) > 8) return false;
  return foldLine(a) === foldedTitle(b);
}

function foldLine(line: string): string {
  return spaceNonWords(line.toLowerCase()).trim();
}

/** The title, folded once per article rather than once for every paragraph of about its length. */
let lastTitle: { title: string; folded: string } | undefined;

function foldedTitle(title: string): string {
  if (lastTitle?.title !== title) lastTitle = { title, folded: foldLine(title) };
  return lastTitle.folded;
}
