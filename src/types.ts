// The shapes that flow through the pipeline. Nothing here knows about Slack, the terminal or the LLM SDK.

/** What a user hands copydesk: pasted text (or a file's contents) or a link. */
export type SourceInput =
  | { kind: 'text'; text: string; label: string }
  | { kind: 'url'; url: string; label?: string }
  /** A source that could not be read before the pipeline (a PDF, a missing file): it fails in its place. */
  | { kind: 'unreadable'; label: string; error: unknown };

/** A source after ingest: clean article text plus whatever metadata could be found. */
export interface Article {
  /** What the user gave: a file name, "stdin", a URL, "Slack message". */
  label: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  byline: string | null;
  /** ISO 8601 date or date-time, when the page or paste states one. */
  publishedAt: string | null;
  /** Clean article text; paragraphs separated by a blank line. Spans index into this string. */
  text: string;
  words: number;
  /** True when the text was cut to fit the analysis budget. */
  truncated: boolean;
  /** A note for the reader when something is off: a paywall teaser, a mostly-script page, a cut. */
  extractionNote: string | null;
}

export type MatchKind = 'verbatim' | 'normalized' | 'altered' | 'not_found';

/** Character offsets into Article.text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export const FACT_KINDS = ['number', 'date', 'name', 'title', 'place', 'event', 'other'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** An engine's answer for one article, before grounding. Both the LLM and the offline engine return this. */
export interface RawAnalysis {
  headline: string | null;
  outlet: string | null;
  summary: string;
  facts: { statement: string; kind: FactKind; value: string | null; evidence: string }[];
  quotes: {
    speaker: string;
    role: string | null;
    text: string;
    kind: 'direct' | 'indirect';
    cue: string | null;
  }[];
}

export interface Quote {
  /** Stable within a sheet: "S1.Q3". */
  id: string;
  speaker: string;
  role: string | null;
  /** The words as the engine reported them. */
  text: string;
  kind: 'direct' | 'indirect';
  cue: string | null;
  match: MatchKind;
  /** Where in Article.text; null when not found, or when found in the headline rather than the body. */
  span: Span | null;
  /** The source's own characters (at `span`, or in the headline): what a reader is shown. Null when not found. */
  sourceText: string | null;
  /** The source's words just before a partial quote that negate it ("will not"), shown with it. */
  leadIn?: string;
  /**
   * One sentence quoted in two parts around its credit, shown as one (joined-quotes.ts): each part as printed.
   * `sourceText` joins them with an ellipsis where the credit stood.
   */
  parts?: string[];
}

export interface Fact {
  /** Stable within a sheet: "S1.F2". */
  id: string;
  statement: string;
  kind: FactKind;
  value: string | null;
  evidence: string;
  match: MatchKind;
  /** As for Quote: body offsets, or null when not found or found in the headline. */
  span: Span | null;
  sourceText: string | null;
}

export interface SourceSheet {
  /** "S1", "S2", … in input order. */
  id: string;
  label: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  byline: string | null;
  publishedAt: string | null;
  words: number;
  truncated: boolean;
  extractionNote: string | null;
  summary: string;
  quotes: Quote[];
  facts: Fact[];
  /** Hash of the analysed text: part of the cache key, and of the comparison's key. */
  textHash: string;
}

/** A source that could not be read or analysed. The rest of the sheet goes on without it. */
export interface FailedSource {
  id: string;
  label: string;
  code: string;
  reason: string;
}

export const DISAGREEMENT_KINDS = [
  'number',
  'date',
  'name',
  'title',
  'quote_wording',
  'attribution',
  'characterisation',
  'other',
] as const;
/**
 * `shared_copy` is found by the rules only (never asked of the judge): sources that print one passage word
 * for word are one report, not independent confirmation.
 */
export type DisagreementKind = (typeof DISAGREEMENT_KINDS)[number] | 'shared_copy';

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One source's side of a comparison item. `text` is verbatim text from that source. */
export interface SourceVersion {
  source: string;
  text: string;
  /** The quote or fact the text comes from ("S2.Q1"), when there is one. */
  ref: string | null;
}

export interface Disagreement {
  topic: string;
  kind: DisagreementKind;
  severity: Severity;
  note: string;
  versions: SourceVersion[];
  /** "rule" when found by deterministic alignment, "llm" when by the judge. */
  foundBy: 'rule' | 'llm';
  /**
   * A difference of house style, not of substance: the same people's names written two ways ("Ada J. Brenner",
   * "Ada Brenner"). Sheets show it apart, after the disagreements, and do not count it as one.
   */
  style?: true;
}

/** "elided": words one wording has where the other prints an ellipsis (a marked cut, no rewording). */
export type DiffToken = { op: 'same' | 'removed' | 'added' | 'elided'; text: string };

export interface QuoteVariant {
  speaker: string;
  versions: SourceVersion[];
  /** Word-level diff from the first version to the second. */
  diff: DiffToken[];
}

export interface Comparison {
  consensus: { statement: string; sources: string[] }[];
  disagreements: Disagreement[];
  quoteVariants: QuoteVariant[];
  /** Claims only one source makes. */
  singleSource: { source: string; statement: string; ref: string | null }[];
  /** Said to the reader when part of the comparison could not be done (the LLM judge failed). */
  note: string | null;
}

export interface Usage {
  llmCalls: number;
  inputTokens: number;
  outputTokens: number;
  /** How many analyses or comparisons came from the cache. */
  cached: number;
}

export interface FactSheet {
  engine: 'llm' | 'offline';
  promptVersion: string;
  model: string | null;
  sources: SourceSheet[];
  failed: FailedSource[];
  comparison: Comparison | null;
  usage: Usage;
}

export type ProgressStage = 'reading' | 'analysing' | 'cached' | 'done' | 'failed' | 'comparing';

export interface ProgressEvent {
  stage: ProgressStage;
  /** Absent for sheet-wide stages such as "comparing". */
  sourceId?: string;
  label?: string;
  detail?: string;
  /** On "done": what was read, so a reader can watch the work ("612 words, 13 quotes, 12 found"). */
  counts?: SourceCounts;
}

export interface SourceCounts {
  words: number;
  quotes: number;
  /** Quotes located in the source's text; the rest are left out of the sheet. */
  quotesFound: number;
}
