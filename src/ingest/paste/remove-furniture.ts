// Drops site furniture from a list of paragraphs: single widget lines, and "You May Also Like"-style blocks
// (the heading plus the link titles under it). Used for pastes and for the paragraphs a web page yields.
import { isTitleCaseLine } from '../../util/title-case.ts';
import { countWords } from '../../util/word-count.ts';
import { parseDateLine } from '../dates.ts';
import { isAuthorAvatar, isNameList } from './byline.ts';
import { endsLikeSentence, type FurnitureKind, furnitureKind, isHeadlineLike } from './furniture-lines.ts';

export interface RemovedLine {
  text: string;
  kind: FurnitureKind | 'repeated-headline' | 'related-item' | 'avatar';
}

export interface FurnitureResult {
  kept: string[];
  removed: RemovedLine[];
  /** A subscription prompt was found: the text may be only the teaser. */
  paywall: boolean;
}

/** How many link titles a related-stories block may swallow before we stop trusting it. */
const MAX_RELATED_ITEMS = 15;

export function removeFurniture(
  paragraphs: readonly string[],
  options: { title: string | null },
): FurnitureResult {
  const kept: string[] = [];
  const removed: RemovedLine[] = [];
  let paywall = false;
  const titleKey = options.title ? textKey(options.title) : null;

  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i] ?? '';
    if (titleKey && textKey(paragraph) === titleKey) {
      removed.push({ text: paragraph, kind: 'repeated-headline' });
      continue;
    }
    if (isAuthorAvatar(paragraph)) {
      removed.push({ text: paragraph, kind: 'avatar' });
      continue;
    }
    const kind = furnitureKind(paragraph);
    if (kind === null) {
      kept.push(paragraph);
      continue;
    }
    removed.push({ text: paragraph, kind });
    if (kind === 'paywall') paywall = true;
    if (kind === 'related-header') i = swallowRelatedItems(paragraphs, i + 1, removed) - 1;
  }
  return { kept, removed, paywall };
}

/** Where a related-stories block that starts after a heading at `start - 1` ends (exclusive). */
export function relatedBlockEnd(paragraphs: readonly string[], start: number): number {
  return swallowRelatedItems(paragraphs, start, []);
}

/** Remove the link titles (and their dates, authors, reading times) under a related-stories heading. */
function swallowRelatedItems(paragraphs: readonly string[], start: number, removed: RemovedLine[]): number {
  let index = start;
  let swallowed = 0;
  let lastTitled = false;
  while (index < paragraphs.length && swallowed < MAX_RELATED_ITEMS) {
    const item = paragraphs[index] ?? '';
    const next = paragraphs[index + 1];
    const kind = furnitureKind(item);
    if (kind !== null) {
      if (kind === 'related-header') swallowed = 0;
      removed.push({ text: item, kind });
      index++;
      continue;
    }
    // A headline followed by a byline is the start of an article, not a link title.
    if (next !== undefined && /^by\s/i.test(next) && (isHeadlineLike(item) || isTitledLink(item))) break;
    // A title with a full stop is taken only in a list of such titles: alone under a header, or after titles
    // without one, it may be the story's own line in title case ("Deputy Mayor Lena Marr Will Take Over Until
    // June."), whose "she said" follows.
    const titled = isTitledLink(item);
    if (titled && !(lastTitled || (swallowed === 0 && next !== undefined && isTitledLink(next)))) break;
    lastTitled = titled;
    if (!isRelatedItem(item)) break;
    removed.push({ text: item, kind: 'related-item' });
    swallowed++;
    index++;
  }
  return index;
}

/**
 * A link title, or the small print under one. Anything that reads like a sentence ends the block; a title in
 * title case does not, though archive copy ends it with a full stop ("Mayor Put On The Defensive Over Ferry
 * Fares."): kept, the summary showed it as the story's own news.
 */
function isRelatedItem(text: string): boolean {
  if (parseDateLine(text) !== null) return true;
  if (countWords(text) <= 5 && isNameList(text)) return true;
  if (endsLikeSentence(text) && !/[?!]["'”’]?$/u.test(text)) return isTitledLink(text);
  return isHeadlineLike(text);
}

/**
 * A link title in title case ended with a full stop; not a line in capitals, which wire copy sets as prose, nor
 * one ending on a figure ("Ana Ruiz (Labour) 14,210.", "Born in Brennock in 1953."): a result or a year.
 */
function isTitledLink(text: string): boolean {
  return /\p{L}["'”’)]?\.["'”’]?$/u.test(text) && /\p{Ll}/u.test(text) && isTitleCaseLine(text);
}

/** Compare lines ignoring case, punctuation and spacing: "Fed Holds Rates!" = "fed holds rates". */
export function textKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
