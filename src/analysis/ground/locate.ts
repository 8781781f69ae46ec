// Locates a quote or an evidence string in its source: verbatim, normalized, altered (closest span), or not found.
import type { MatchKind, Span } from '../../types.ts';
import { bestFuzzyWindow } from './fuzzy-window.ts';
import { type Normalized, normalizeNeedle, normalizeWithMap } from './normalize.ts';
import { type TextIndex, textIndex } from './text-index.ts';
import { tokenize } from './tokens.ts';

export interface Location {
  match: MatchKind;
  span: Span | null;
}

/** A reworded quote must share this much (2·LCS/total words) with the closest stretch of the source. */
const ALTERED_MIN_SCORE = 0.6;
/** Below this many words, a near miss is too likely to be chance: it is not_found. */
const ALTERED_MIN_WORDS = 4;

/**
 * Reusable per source text. The normalised form and the tokens are built on first need and kept: most quotes
 * are found verbatim and never need them, and the rest share one pass over a long article.
 */
export interface PreparedText {
  readonly text: string;
  readonly normalized: Normalized;
  readonly tokens: ReturnType<typeof tokenize>;
  /** Finds a needle in the text, and in its normalised form, without scanning a long text for each one. */
  readonly textIndex: TextIndex;
  readonly normalizedIndex: TextIndex;
}

export function prepareText(text: string): PreparedText {
  return new LazyText(text);
}

/**
 * The parts a class's getters build on first read. A class, where an object literal with four getters made
 * four closures and four accessor pairs for every text prepared (three an article), most never read.
 */
class LazyText implements PreparedText {
  readonly text: string;
  private normalizedForm: Normalized | undefined;
  private tokenList: ReturnType<typeof tokenize> | undefined;
  private index: TextIndex | undefined;
  private normalizedTextIndex: TextIndex | undefined;

  constructor(text: string) {
    this.text = text;
  }

  get normalized(): Normalized {
    this.normalizedForm ??= normalizeWithMap(this.text);
    return this.normalizedForm;
  }

  get textIndex(): TextIndex {
    this.index ??= textIndex(this.text);
    return this.index;
  }

  get normalizedIndex(): TextIndex {
    this.normalizedTextIndex ??= textIndex(this.normalized.text);
    return this.normalizedTextIndex;
  }

  get tokens(): ReturnType<typeof tokenize> {
    this.tokenList ??= tokenize(this.text);
    return this.tokenList;
  }
}

export function locate(needle: string, source: PreparedText): Location {
  return locateWords(needle, source) ?? locateClosest(needle, source);
}

/** The needle's own words in the source, as written or once normalised; null when they are not there. */
export function locateWords(needle: string, source: PreparedText): Location | null {
  const trimmed = needle.trim();
  if (trimmed === '') return { match: 'not_found', span: null };

  const exact = wholeWords(source, trimmed);
  if (exact >= 0) return { match: 'verbatim', span: { start: exact, end: exact + trimmed.length } };

  const wanted = normalizeNeedle(trimmed);
  if (wanted !== '') {
    const at = source.normalizedIndex.indexOf(wanted);
    if (at >= 0) {
      const start = source.normalized.origin[at] as number;
      const end = (source.normalized.origin[at + wanted.length - 1] as number) + 1;
      return { match: 'normalized', span: { start, end } };
    }
  }
  return null;
}

/**
 * The first place the needle stands as whole words, or else the first place it stands at all (-1: nowhere). The
 * quoted “illegal” is not the start of an earlier “illegals”: found there, it was shown with that quote's
 * lead-in ("…called the marchers") where the source says something else (an editor's read). A few places
 * are tried: a short needle inside many longer words is rare.
 */
function wholeWords(source: PreparedText, needle: string): number {
  const first = source.textIndex.indexOf(needle);
  let at = first;
  for (let tries = 0; at >= 0 && tries < WHOLE_WORD_TRIES; tries++) {
    if (boundedAt(source.text, at, at + needle.length)) return at;
    at = source.textIndex.indexOf(needle, at + 1);
  }
  return first;
}
const WHOLE_WORD_TRIES = 8;

/** No letter or digit runs on past either end of text[start, end) where the needle's own end is one. */
function boundedAt(text: string, start: number, end: number): boolean {
  const word = (at: number) => at >= 0 && at < text.length && WORD_CHAR.test(text[at] as string);
  return !(word(start) && word(start - 1)) && !(word(end - 1) && word(end));
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The closest stretch of the source to a needle not found word for word ("altered"), or not_found. It reads
 * the whole source once per needle, so it is asked last.
 */
export function locateClosest(needle: string, source: PreparedText): Location {
  const trimmed = needle.trim();
  const needleTokens = tokenize(trimmed);
  if (needleTokens.length < ALTERED_MIN_WORDS) return { match: 'not_found', span: null };
  const hit = bestFuzzyWindow(needleTokens, source.tokens);
  if (hit === null || hit.score < ALTERED_MIN_SCORE) return { match: 'not_found', span: null };
  const first = source.tokens[hit.startToken];
  const last = source.tokens[hit.endToken - 1];
  if (!first || !last) return { match: 'not_found', span: null };
  return { match: 'altered', span: trimSpan(source.text, first.start, last.end) };
}

/** Keep the words, not the punctuation glued to the window's outer edges. */
function trimSpan(text: string, start: number, end: number): Span {
  let from = start;
  let to = end;
  while (from < to && /["'‘’“”«»(\s]/.test(text[from] as string)) from++;
  while (to > from && /["'‘’“”«»),;:\s]/.test(text[to - 1] as string)) to--;
  return { start: from, end: to };
}
