// The lines above the story in a paste: kicker, headline, byline, dateline, "Authored by X via Y".
// They become metadata and leave the text. Only the region before the first real paragraph is searched,
// so a short line in the middle of the story is never taken for a headline.
import { countWords } from '../../util/word-count.ts';
import { parseDateLine } from '../dates.ts';
import { isDatelineOnly, trimSiteName } from '../title-cleanup.ts';
import { isAuthorAvatar, parseBylineLine } from './byline.ts';
import { endsLikeSentence, type FurnitureKind, furnitureKind, isHeadlineLike } from './furniture-lines.ts';
import { relatedBlockEnd } from './remove-furniture.ts';

export interface TopMatter {
  title: string | null;
  outlet: string | null;
  byline: string | null;
  publishedAt: string | null;
  /** The paragraphs with the top matter taken out. */
  paragraphs: string[];
}

type KindOf = (line: string) => FurnitureKind | null;

/** furnitureKind asked once a line: this pass asks it of the same top lines from several places. */
function furnitureKinds(): KindOf {
  const known = new Map<string, FurnitureKind | null>();
  return (line) => {
    let kind = known.get(line);
    if (kind === undefined) {
      kind = furnitureKind(line);
      known.set(line, kind);
    }
    return kind;
  };
}

/** How far down a byline or "Authored by" line may sit (below a headline, dek and photo caption). */
const TOP_WINDOW = 12;

export function readTopMatter(input: readonly string[]): TopMatter {
  const result: TopMatter = { title: null, outlet: null, byline: null, publishedAt: null, paragraphs: [] };
  let updatedAt: string | null = null;
  const paragraphs = [...input];
  const kindOf = furnitureKinds();
  const bodyStart = firstBodyParagraph(paragraphs, kindOf);
  const drop = new Set<number>();
  // The strongest headline signal: the headline-like line right above the byline.
  const aboveByline = headlineAboveByline(paragraphs, bodyStart, kindOf);

  for (let i = 0; i < Math.min(paragraphs.length, TOP_WINDOW); i++) {
    const line = paragraphs[i] ?? '';
    const furniture = kindOf(line);
    if (furniture === 'related-header') {
      // "Trending" and its links above the story: skip them here, the furniture pass removes them.
      i = relatedBlockEnd(paragraphs, i + 1) - 1;
      continue;
    }
    const inTop = i < bodyStart;
    // Bylines and datelines may sit below a dek that reads like a sentence: they are recognised anywhere in
    // the window (their patterns never match story text). The headline must come before the story starts.
    const byline = parseBylineLine(line);
    if (byline) {
      // "Authored by X via Y" names the real author and outlet; a syndicator's own "by Tyler Durden" does not.
      const authored = /^authored by/i.test(line);
      result.byline = authored ? byline.byline : (result.byline ?? byline.byline);
      result.outlet = authored ? byline.outlet : (result.outlet ?? byline.outlet);
      result.publishedAt ??= byline.publishedAt;
      if (byline.rest === '') drop.add(i);
      else paragraphs[i] = byline.rest;
      continue;
    }
    if (furniture !== null || isAuthorAvatar(line)) continue; // left for the furniture pass
    const date = parseDateLine(line);
    if (date) {
      if (date.kind === 'published') result.publishedAt ??= date.date;
      else updatedAt ??= date.date;
      drop.add(i);
      continue;
    }
    if (aboveByline !== -1 && i !== aboveByline) continue;
    if (inTop && result.title === null && isHeadlineLike(line) && paragraphs.length > 1) {
      const next = nextContentIndex(paragraphs, i + 1, kindOf);
      const nextLine = next === -1 ? '' : (paragraphs[next] ?? '');
      const nextIsMeta = parseBylineLine(nextLine) !== null || parseDateLine(nextLine) !== null;
      // A question or exclamation may be the lede's first sentence: only a byline/dateline below proves it a headline.
      if (/[?!]["'”’]?$/u.test(line) && !nextIsMeta) continue;
      // A one-to-three-word label above a longer headline is a kicker ("POLITICS", "Analysis"): drop it.
      if (
        countWords(line) <= 3 &&
        next !== -1 &&
        next < bodyStart &&
        isHeadlineLike(nextLine) &&
        countWords(nextLine) > countWords(line)
      ) {
        drop.add(i);
        continue;
      }
      // "MOSCOW" alone on a line names where the story was filed: it is never the headline.
      if (isDatelineOnly(line)) continue;
      const split = splitOutletSuffix(line);
      result.outlet ??= split.outlet;
      result.title = trimSiteName(split.title, { outlet: result.outlet });
      drop.add(i);
    }
  }
  result.publishedAt ??= updatedAt;
  result.paragraphs = paragraphs.filter((_, index) => !drop.has(index));
  return result;
}

/** Index of a headline-like line directly above the first byline (furniture in between is fine), or -1. */
function headlineAboveByline(paragraphs: readonly string[], bodyStart: number, kindOf: KindOf): number {
  const limit = Math.min(paragraphs.length, TOP_WINDOW, bodyStart + 1);
  for (let i = 1; i < limit; i++) {
    const line = paragraphs[i] ?? '';
    if (!/^(?:by|written by|words by|story by)\s/i.test(line) || parseBylineLine(line) === null) continue;
    for (let j = i - 1; j >= 0; j--) {
      const above = paragraphs[j] ?? '';
      if (kindOf(above) !== null || isAuthorAvatar(above)) continue;
      return isHeadlineLike(above) && parseDateLine(above) === null ? j : -1;
    }
    return -1;
  }
  return -1;
}

/** The first paragraph that reads like story text: a sentence of some length. */
function firstBodyParagraph(paragraphs: readonly string[], kindOf: KindOf): number {
  const index = paragraphs.findIndex(
    (line) =>
      countWords(line) >= 12 &&
      endsLikeSentence(line) &&
      kindOf(line) === null &&
      !/^authored by/i.test(line),
  );
  return index === -1 ? paragraphs.length : index;
}

function nextContentIndex(paragraphs: readonly string[], from: number, kindOf: KindOf): number {
  for (let i = from; i < paragraphs.length; i++) {
    const line = paragraphs[i] ?? '';
    if (kindOf(line) === null && !isAuthorAvatar(line)) return i;
  }
  return -1;
}

/** "Fed holds rates | Reuters" → title and outlet. Only " | " is trusted: " - " is common inside headlines. */
function splitOutletSuffix(line: string): { title: string; outlet: string | null } {
  const match = /^(.{10,}?)\s+\|\s+([^|]{2,40})$/.exec(line);
  if (!match?.[1] || !match[2] || countWords(match[2]) > 5) return { title: line, outlet: null };
  return { title: match[1].trim(), outlet: match[2].trim() };
}
