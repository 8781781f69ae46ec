// The Chat Completions client, configured for any OpenAI-compatible server with our own timeout and retries.
import type { Config } from '../../config.ts';
import { type ChatClient, createChatClient } from './chat-client.ts';

export function createOpenAIClient(config: Config): ChatClient {
  return createChatClient({
    // Local servers (Ollama, vLLM) accept any key; a header with none would be malformed.
    apiKey: config.OPENAI_API_KEY ?? 'not-needed',
    // null for OpenAI's own: config.ts is the only reader of OPENAI_BASE_URL.
    baseURL: config.OPENAI_BASE_URL ?? null,
    timeout: config.COPYDESK_LLM_TIMEOUT_MS,
    maxRetries: config.COPYDESK_LLM_MAX_RETRIES,
  });
}
