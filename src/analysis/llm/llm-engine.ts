// The LLM engine: one structured call per article, one for the comparison.
import OpenAI from 'openai';
import type { Config } from '../../config.ts';
import type { Logger } from '../../logger.ts';
import type { Article } from '../../types.ts';
import type { Engine } from '../engine.ts';
import { comparisonMessages, extractionMessages } from './messages.ts';
import { LLM_PROMPT_VERSION } from './prompts.ts';
import { ExtractionSchema, JudgementSchema } from './schemas.ts';
import { structuredCall } from './structured-call.ts';

export function createLlmEngine(config: Config, logger: Logger): Engine {
  const client = new OpenAI({
    // Local servers (Ollama, vLLM) accept any key; the SDK insists on one being set.
    apiKey: config.OPENAI_API_KEY ?? 'not-needed',
    baseURL: config.OPENAI_BASE_URL ?? null,
    timeout: config.COPYDESK_LLM_TIMEOUT_MS,
    maxRetries: config.COPYDESK_LLM_MAX_RETRIES,
    logLevel: 'off',
  });
  const model = config.COPYDESK_MODEL;
  logger.debug({ model, host: new URL(client.baseURL).host }, 'llm engine ready');
  return {
    name: 'llm',
    model,
    promptVersion: LLM_PROMPT_VERSION,
    extract: (article: Article) =>
      structuredCall({
        client,
        model,
        schema: ExtractionSchema,
        name: 'article_analysis',
        messages: extractionMessages(article),
        purpose: `reading “${article.title ?? article.label}”`,
      }),
    judge: (input) =>
      structuredCall({
        client,
        model,
        schema: JudgementSchema,
        name: 'source_comparison',
        messages: comparisonMessages(input),
        purpose: 'comparing the sources',
      }),
  };
}
