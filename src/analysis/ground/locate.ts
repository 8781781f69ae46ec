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
  let normalized: Normalized | undefined;
  let tokens: ReturnType<typeof tokenize> | undefined;
  let index: TextIndex | undefined;
  let normalizedIndex: TextIndex | undefined;
  return {
    text,
    get normalized() {
      normalized ??= normalizeWithMap(text);
      return normalized;
    },
    get textIndex() {
      index ??= textIndex(text);
      return index;
    },
    get normalizedIndex() {
      normalized ??= normalizeWithMap(text);
      normalizedIndex ??= textIndex(normalized.text);
      return normalizedIndex;
    },
    get tokens() {
      tokens ??= tokenize(text);
      return tokens;
    },
  };
}

export function locate(needle: string, source: PreparedText): Location {
  const trimmed = needle.trim();
  if (trimmed === '') return { match: 'not_found', span: null };

  const exact = source.textIndex.indexOf(trimmed);
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
