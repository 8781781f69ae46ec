// What a follow-up question gets back, from either engine. Every sentence carries the passages it rests on,
// each the source's own characters at a checked span; a sentence with none is never shown.
import type { MatchKind, Span } from '../types.ts';

export interface Citation {
  /** Source ID in the sheet: "S2". */
  source: string;
  /** The source's own characters at `span`: what a reader is shown, never the model's copy. */
  text: string;
  span: Span;
  /** verbatim or normalized; altered when the model's copy differed and the closest passage is shown. */
  match: Exclude<MatchKind, 'not_found'>;
}

export interface AnswerSentence {
  /** The model's sentence, or (offline) the source sentence itself. */
  text: string;
  citations: Citation[];
}

export interface FollowupAnswer {
  engine: 'llm' | 'offline';
  question: string;
  sentences: AnswerSentence[];
  /** True when nothing checkable answers the question: the reply says it cannot tell. */
  cannotTell: boolean;
  /** IDs of the sheet's sources whose texts are no longer kept. */
  gone: string[];
  /** Every source is gone: there was nothing to answer from. */
  allGone: boolean;
  /** Citations dropped because they could not be found in the source they named. */
  dropped: number;
  /** Days sources are kept, for the "no longer kept" line. */
  keptDays: number;
  usage: { llmCalls: number; inputTokens: number; outputTokens: number };
}

export function noUsage(): FollowupAnswer['usage'] {
  return { llmCalls: 0, inputTokens: 0, outputTokens: 0 };
}
