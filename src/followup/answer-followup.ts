// A follow-up question about a sheet, answered from that sheet's sources only: with an LLM when one is given
// (its citations checked against the texts), else the best-matching source sentences. Sources no longer
// kept are named in the answer; with none kept there is nothing to answer from, and it says so.
import type { Store } from '../store/store.ts';
import type { FactSheet } from '../types.ts';
import { type FollowupAnswer, noUsage } from './answer.ts';
import { checkCitations } from './check-citations.ts';
import { type KeptSource, recallSources } from './kept-sources.ts';
import { type LlmTransport, llmDraft } from './llm-answer.ts';
import { offlineAnswer } from './offline-answer.ts';

export interface FollowupDeps {
  store: Store;
  /** Null: the offline answer. */
  llm: LlmTransport | null;
  /** COPYDESK_KEEP_SOURCES_DAYS, for the line that says the sources are gone. */
  keptDays: number;
}

export async function answerFollowup(
  question: string,
  sheet: FactSheet,
  deps: FollowupDeps,
): Promise<FollowupAnswer> {
  const { kept, gone } = await recallSources(deps.store, sheet.sources);
  const base = {
    engine: deps.llm ? ('llm' as const) : ('offline' as const),
    question,
    gone: gone.map((source) => source.id),
    allGone: kept.length === 0,
    keptDays: deps.keptDays,
  };
  if (kept.length === 0) return { ...base, sentences: [], cannotTell: true, dropped: 0, usage: noUsage() };
  if (deps.llm === null) {
    const sentences = offlineAnswer(question, namedOnly(question, kept));
    return { ...base, sentences, cannotTell: sentences.length === 0, dropped: 0, usage: noUsage() };
  }
  const { drafts, usage } = await llmDraft(question, sheet, kept, deps.llm);
  const checked = checkCitations(drafts, kept);
  return {
    ...base,
    sentences: checked.sentences,
    cannotTell: checked.sentences.length === 0,
    dropped: checked.dropped,
    usage,
  };
}

/** "What does S3 say about the hostages?" searches S3 only; a question naming no source searches all. */
function namedOnly(question: string, kept: KeptSource[]): KeptSource[] {
  const named = new Set([...question.matchAll(/\bS(\d{1,2})\b/g)].map((match) => `S${match[1]}`));
  const only = kept.filter((source) => named.has(source.sheet.id));
  return only.length > 0 ? only : kept;
}

/** The answer in plain words for a reader who sees no blocks: the notification line and the CLI. */
export function answerText(answer: FollowupAnswer): string {
  if (answer.allGone) {
    return `The sources of this sheet are no longer kept (they are kept ${answer.keptDays} days): share them again to ask about them.`;
  }
  const lines: string[] = [];
  if (answer.cannotTell) lines.push('I cannot tell from these sources.');
  else if (answer.engine === 'offline') lines.push('The passages that best match the question (no LLM):');
  for (const sentence of answer.sentences) {
    const cites = sentence.citations.map((citation) => `${citation.source} “${citation.text}”`).join('; ');
    lines.push(answer.engine === 'offline' ? cites : `${sentence.text} (${cites})`);
  }
  if (answer.gone.length > 0) {
    const one = answer.gone.length === 1;
    lines.push(
      `The text of ${answer.gone.join(', ')} is no longer kept (sources are kept ${answer.keptDays} days), so ${one ? 'it was' : 'they were'} not searched.`,
    );
  }
  return lines.join('\n');
}
