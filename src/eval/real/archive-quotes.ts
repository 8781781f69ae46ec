// PolNeAR's gold was derived with “ ” and " as the only double quote marks, but its NYT archive articles type
// every double mark as two apostrophes (''like this''), so their quotations came out as "indirect" items.
// This applies the README's own direct rule to those items with '' read as a double mark: quoted segments
// become direct items (pure when ≥ 80 % of the content's non-space characters are quoted, fragments under
// three words in a mixed content), and a mixed content stays an acceptable target for reported speech.
import type { PolnearQuote } from './polnear.ts';

const MARK = "''";
const PURE_SHARE = 0.8;
const FRAGMENT_WORDS = 3;

export interface ArchiveSplit {
  direct: PolnearQuote[];
  /** The whole content when it is mixed: a fair target for reported speech, never counted for recall. */
  mixedContent: string | null;
}

/** Null when the item holds no '' mark (at its edges included): it stays as the gold has it. */
export function splitArchiveQuotes(quote: PolnearQuote, article: string): ArchiveSplit | null {
  if (quote.kind !== 'indirect') return null;
  const content = withEdgeMarks(quote, article);
  if (!content.includes(MARK)) return null;
  const segments = quotedSegments(content);
  if (segments.length === 0) return null;
  const nonSpace = (s: string) => s.replace(/\s|'/g, '').length;
  const quoted = segments.reduce((n, s) => n + nonSpace(s), 0);
  const mixed = quoted < PURE_SHARE * nonSpace(content);
  const direct = segments
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map(
      (text): PolnearQuote => ({
        text,
        kind: 'direct',
        mixed,
        fragment: mixed && (text.match(/[\p{L}\p{N}]+/gu) ?? []).length < FRAGMENT_WORDS,
        speaker: quote.speaker,
        named: quote.named,
        speaker_silver: quote.speaker_silver,
        cue: quote.cue ?? null,
      }),
    );
  return { direct, mixedContent: mixed ? quote.text : null };
}

/** The content with the apostrophes of a mark the annotator left just outside its span (README: still counts). */
function withEdgeMarks(quote: PolnearQuote, article: string): string {
  if (!quote.span) return quote.text;
  const [start, end] = quote.span;
  let before = '';
  for (let i = start - 1; i >= start - 2 && article[i] === "'"; i--) before += "'";
  let after = '';
  for (let i = end; i < end + 2 && article[i] === "'"; i++) after += "'";
  return before + quote.text + after;
}

/**
 * The stretches between marks. A mark opens where a word starts (content start, or after a space, bracket or
 * dash) and closes otherwise; a closing mark with no opener closes a quote opened before the content, and a
 * quote left open runs to the content's end.
 */
function quotedSegments(content: string): string[] {
  const segments: string[] = [];
  let open: number | null = null;
  let from = 0;
  for (let i = content.indexOf(MARK); i >= 0; i = content.indexOf(MARK, i + MARK.length)) {
    const opens = i === 0 || /[\s([{\u2013\u2014-]/.test(content[i - 1] as string);
    if (open === null && opens) open = i + MARK.length;
    else if (open !== null) {
      segments.push(content.slice(open, i));
      open = null;
    } else segments.push(content.slice(from, i));
    from = i + MARK.length;
  }
  if (open !== null) segments.push(content.slice(open));
  return segments;
}
