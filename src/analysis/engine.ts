// The seam between the pipeline and whatever reads articles: the LLM engine or the offline engine.
import type { Article, DisagreementKind, RawAnalysis, Severity } from '../types.ts';
import type { Deadline } from '../util/deadline.ts';

export interface CallUsage {
  llmCalls: number;
  inputTokens: number;
  outputTokens: number;
}

export interface EngineResult<T> {
  value: T;
  usage: CallUsage;
}

/** What the judge sees: the extracted facts and quotes with their IDs, never the full texts. */
export interface CompareInput {
  sources: {
    id: string;
    title: string | null;
    outlet: string | null;
    facts: { id: string; statement: string; kind: string; value: string | null; evidence: string }[];
    quotes: { id: string; speaker: string; role: string | null; text: string }[];
  }[];
}

/** The judge's answer. Every claim points at fact or quote IDs; the code resolves them to source text. */
export interface Judgement {
  consensus: { statement: string; refs: string[] }[];
  disagreements: {
    topic: string;
    kind: DisagreementKind;
    severity: Severity;
    note: string;
    refs: string[];
  }[];
  singleSource: { statement: string; ref: string }[];
}

export interface Engine {
  readonly name: 'llm' | 'offline';
  /** The model name for the sheet and the cache key; null for the offline engine. */
  readonly model: string | null;
  /** Goes into cache keys and the JSON output: change it whenever the prompts or rules change. */
  readonly promptVersion: string;
  extract(article: Article, call?: CallOptions): Promise<EngineResult<RawAnalysis>>;
  /** Null when the engine has no judge (offline): the deterministic comparison stands alone. */
  judge(input: CompareInput, call?: CallOptions): Promise<EngineResult<Judgement> | null>;
}

/** Per-call limits. The offline engine has its own (the CPU pool's budget) and ignores them. */
export interface CallOptions {
  /** The sheet's deadline: a model call's timeout × tries must fit in what is left of it. */
  deadline?: Deadline;
}

export const NO_USAGE: CallUsage = { llmCalls: 0, inputTokens: 0, outputTokens: 0 };
