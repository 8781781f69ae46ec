// The LLM engine: one structured call per article, one for the comparison.
// The client (chat-client.ts) is loaded on the first call, so offline runs never load it.
import type { Config } from '../../config.ts';
import type { Logger } from '../../logger.ts';
import type { Article } from '../../types.ts';
import type { Engine } from '../engine.ts';
import type { ChatClient } from './chat-client.ts';
import { comparisonMessages, extractionMessages } from './messages.ts';
import { LLM_PROMPT_VERSION } from './prompts.ts';
import { ExtractionSchema, JudgementSchema } from './schemas.ts';

interface Transport {
  client: ChatClient;
  structuredCall: typeof import('./structured-call.ts').structuredCall;
}

export function createLlmEngine(config: Config, logger: Logger): Engine {
  const model = config.COPYDESK_MODEL;
  let transport: Promise<Transport> | undefined;
  const load = (): Promise<Transport> => {
    transport ??= Promise.all([import('./openai-client.ts'), import('./structured-call.ts')]).then(
      ([clientModule, callModule]) => {
        const client = clientModule.createOpenAIClient(config);
        logger.debug({ model, host: new URL(client.baseURL).host }, 'llm client ready');
        return { client, structuredCall: callModule.structuredCall };
      },
    );
    return transport;
  };
  return {
    name: 'llm',
    model,
    promptVersion: LLM_PROMPT_VERSION,
    extract: async (article: Article, options) => {
      const { client, structuredCall } = await load();
      return structuredCall({
        client,
        model,
        schema: ExtractionSchema,
        name: 'article_analysis',
        messages: extractionMessages(article),
        purpose: `reading “${article.title ?? article.label}”`,
        ...(options?.deadline ? { deadline: options.deadline } : {}),
      });
    },
    judge: async (input, options) => {
      const { client, structuredCall } = await load();
      return structuredCall({
        client,
        model,
        schema: JudgementSchema,
        name: 'source_comparison',
        messages: comparisonMessages(input),
        purpose: 'comparing the sources',
        ...(options?.deadline ? { deadline: options.deadline } : {}),
      });
    },
  };
}
