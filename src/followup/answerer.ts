// The follow-up answerer the app uses: the configured LLM when there is one, else the offline ranking, over
// the texts kept in the store. Built once at start, like the pipeline's engine.
import { createOpenAIClient } from '../analysis/llm/openai-client.ts';
import { type Config, llmConfigured } from '../config.ts';
import type { Store } from '../store/store.ts';
import type { FactSheet } from '../types.ts';
import type { FollowupAnswer } from './answer.ts';
import { answerFollowup } from './answer-followup.ts';

export function followupAnswerer(
  config: Config,
  store: Store,
): (question: string, sheet: FactSheet) => Promise<FollowupAnswer> {
  const llm = llmConfigured(config)
    ? { client: createOpenAIClient(config), model: config.COPYDESK_MODEL }
    : null;
  const keptDays = config.COPYDESK_KEEP_SOURCES_DAYS;
  return (question, sheet) => answerFollowup(question, sheet, { store, llm, keptDays });
}
