// The OpenAI SDK client, configured for any OpenAI-compatible server with our own timeout and retries.
import OpenAI from 'openai';
import type { Config } from '../../config.ts';

export function createOpenAIClient(config: Config): OpenAI {
  return new OpenAI({
    // Local servers (Ollama, vLLM) accept any key; the SDK insists on one being set.
    apiKey: config.OPENAI_API_KEY ?? 'not-needed',
    // null, not undefined: the SDK would otherwise read OPENAI_BASE_URL itself, and config.ts is the only reader.
    baseURL: config.OPENAI_BASE_URL ?? null,
    timeout: config.COPYDESK_LLM_TIMEOUT_MS,
    maxRetries: config.COPYDESK_LLM_MAX_RETRIES,
    logLevel: 'off',
  });
}
