// Tells article prose from the page furniture that pasted articles carry: bylines, captions with photo
// credits, hashtag lines, "You may also like" lists, share and comment widgets, repeated headlines.
// Furniture is never quoted, summarised or mined for facts. Headings (short lines that do not end like a
// sentence) are kept apart too: a headline is not a sentence of the story.

import { spaceNonWords } from './non-word-runs.ts';

export type ParagraphKind = 'body' | 'heading' | 'furniture';

const FURNITURE_START =
  /^(?:you may also like|related(?::| stories| articles| coverage)|read more|more from|most read|recommended for you|advertisement|sponsored|sign up|subscribe|share this|share on|comments?\b|loading comments|click here|follow us|watch:|video:|listen:|image:|photo:|photograph:|picture:|caption:|credit:|tags?:|topics:|our standards|skip to|back to top|copyright|©|all rights reserved|(?:updated|published|posted)(?::|\s+(?:on\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|last modified|this article|editor['’]?s note)/i;

/**
 * "Updated: Rick Reyes on Sunday said …": a stamp before a sentence of the story, which is prose (a summary or
 * a key fact shows it from after the stamp). A stamp before a time or a date is furniture.
 */
export const UPDATED_STAMP = /^updated?:\s+(?=\p{Lu}\p{Ll}+ \p{Lu})/iu;

/**
 * "Read the rest of this report at <outlet>.", "Continue reading here": a link to the rest, never a sentence of
 * the story ("Read the whole bill before you vote, Reyes urged" is one).
 */
const READ_REST =
  /^(?:read|continue reading|keep reading)(?: the (?:rest|full|whole|entire)(?: (?:story|article|piece|report|post|column))?)?(?: of (?:the|this)(?: [\p{L}-]+){0,2} (?:story|article|piece|report|post|column))? (?:at|on|in|here|via)\b[^.!?]{0,60}[.!?]?$/iu;
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
  return classifyLine(text, 0, text.length, title);
}

/**
 * classifyParagraph of source[start, end), a line already trimmed. Its words are counted in the source (whose
 * characters read faster by code than a slice's), and only as far as a rule needs: most lines are prose,
 * answered by rules that read no count or one of at most 15 words.
 */
export function classifyLine(
  source: string,
  start: number,
  end: number,
  title: string | null,
): ParagraphKind {
  const text = source.slice(start, end);
  if (text === '') return 'furniture';
  // Anchored patterns fail fast; the unanchored credit pattern runs only where a credit could be.
  if (
    FURNITURE_START.test(text) &&
    (atMostWords(source, start, end, 14) || (/^[^.!?]*:/.test(text) && !UPDATED_STAMP.test(text)))
  )
    return 'furniture';
  if (AUTHORED_BY.test(text) || CREDIT_LINE.test(text) || READ_REST.test(text)) return 'furniture';
  if (BYLINE.test(text) && atMostWords(source, start, end, 12)) return 'furniture';
  if (text.includes('#') && hashtagShare(text.split(/\s+/)) >= 0.5) return 'furniture';
  // A whole line in brackets is an editor's note: "(Republished from … with permission)".
  if (text.charCodeAt(0) === 40 && /^\(.*\)$/.test(text) && atMostWords(source, start, end, 25))
    return 'furniture';
  if (MAY_HOLD_CREDIT.test(text) && PHOTO_CREDIT.test(text)) return 'furniture';
  const words = countWords(source, start, end, 17);
  if (
    words <= 14 &&
    (READ_TIME.test(text) || TIME_STAMP.test(text) || text.includes(' | ') || text.includes(' · '))
  ) {
    return 'furniture';
  }
  if (title && sameLine(text, title)) return 'heading';
  // A short line all in capitals inside quotation marks is a crosshead that quotes the story's words, cut and
  // set as a heading (“EVENTUALLY THE CROWD IS RIGHT”): the desk's condensation, not the speaker's own words.
  if (words <= 16 && /^[“"‘'][^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*[”"’']$/u.test(text)) return 'heading';
  // A quote credited after a dash ("“…” ― Dana Morrow") is prose, however short and unpunctuated.
  if (/^[“”"]/.test(text) && /[”"]\s*[—―–]/.test(text)) return 'body';
  // Short and unpunctuated: a headline, a section name, a masthead.
  if (words <= 16 && !endsLikeSentence(text)) return 'heading';
  return 'body';
}

/** Whether text[start, end) has at most `most` words (its spaces plus one). */
function atMostWords(text: string, start: number, end: number, most: number): boolean {
  return countWords(text, start, end, most + 1) <= most;
}

/** One more than the spaces in text[start, end), counted no further than `cap`. */
function countWords(text: string, start: number, end: number, cap: number): number {
  let count = 1;
  for (let i = start; i < end && count < cap; i++) if (text.charCodeAt(i) === 32) count++;
  return count;
}

/**
 * `/(?:[.!?:;"”’)]|[.!?,]'')$/`, read from the end rather than tried from every position. Archive copy
 * closes a quote with two apostrophes: "…?''" ends a sentence too.
 */
function endsLikeSentence(text: string): boolean {
  const n = text.length;
  if (SENTENCE_ENDS.has(text[n - 1] as string)) return true;
  return n >= 3 && text[n - 1] === "'" && text[n - 2] === "'" && ARCHIVE_ENDS.has(text[n - 3] as string);
}

const SENTENCE_ENDS = new Set(['.', '!', '?', ':', ';', '"', '”', '’', ')']);
const ARCHIVE_ENDS = new Set(['.', '!', '?', ',']);

/** Length of a wire dateline at the start of a paragraph: "KORVIN, March 9 (Meridian Wire) - ". */
export function datelineLength(paragraph: string): number {
  const wire =
    /^\p{Lu}[\p{Lu} .'’-]{2,}(?:,\s*[\p{L}\p{N} .]{2,30}){0,2}(?:\s*\([^)]{2,40}\))?\s+[-–—―]{1,2}\s+/u.exec(
      paragraph,
    );
  if (wire) return wire[0].length;
  // "Ostraven - The Bank of Norland…", "Korvin (Meridian Wire) – The…": a place name, perhaps with the agency,
  // and a dash before the first sentence. Left in, the place was read as the first sentence's subject.
  const place = /^\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?(?:\s\([^()]{2,40}\))?\s+[-–—―]\s+(?=\p{Lu})/u.exec(
    paragraph,
  );
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
