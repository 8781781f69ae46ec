// A small Chat Completions client over node:http (post-json.ts), in place of the OpenAI SDK's client: copydesk
// makes one kind of call (a structured completion), and the SDK's entry point loads every API it has (about 270
// modules, ~30 MB resident: most of the LLM CLI's memory over Node's own). It keeps what copydesk relies on from
// the SDK, with the SDK's own pieces where they are light: its error classes (so callers test the same
// `instanceof`), its reply parser for zod response formats (finish reasons, refusals, parsing), its retry rules
// (408, 409, 429, 5xx, timeouts and refused connections; `x-should-retry`, `retry-after(-ms)`, backoff 0.5 s
// doubling to 8 s).
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from 'openai/core/error';
import { maybeParseChatCompletion } from 'openai/lib/parser';
import type { ParsedChatCompletion } from 'openai/resources/chat/completions';
import type { ChatCompletionCreateParams } from 'openai/resources/chat/completions/completions';
import { type PostReply, postJson } from './post-json.ts';

export interface ChatClientOptions {
  apiKey: string;
  /** Including /v1; null for OpenAI's. */
  baseURL: string | null;
  /** Per try, in ms. */
  timeout: number;
  maxRetries: number;
}

export interface RequestOptions {
  timeout?: number;
  signal?: AbortSignal;
}

export interface ChatClient {
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  chat: {
    completions: {
      parse<T>(body: ChatCompletionCreateParams, options?: RequestOptions): Promise<ParsedChatCompletion<T>>;
    };
  };
}

const DEFAULT_BASE_URL = 'https://api.openai.com/v1';

export function createChatClient(options: ChatClientOptions): ChatClient {
  const baseURL = options.baseURL ?? DEFAULT_BASE_URL;
  const url = new URL(`${baseURL.replace(/\/+$/, '')}/chat/completions`);
  const headers = {
    'content-type': 'application/json',
    accept: 'application/json',
    authorization: `Bearer ${options.apiKey}`,
  };
  const send = async (body: string, limits: RequestOptions): Promise<unknown> => {
    for (let attempt = 0; ; attempt++) {
      const retriesLeft = options.maxRetries - attempt;
      if (limits.signal?.aborted) throw new APIUserAbortError();
      const timeout = AbortSignal.timeout(limits.timeout ?? options.timeout);
      const signal = limits.signal ? AbortSignal.any([timeout, limits.signal]) : timeout;
      let response: PostReply;
      try {
        response = await postJson(url, headers, body, signal);
      } catch (error) {
        if (limits.signal?.aborted) throw new APIUserAbortError();
        const failure = timeout.aborted
          ? new APIConnectionTimeoutError()
          : new APIConnectionError({ cause: error as Error });
        if (retriesLeft <= 0) throw failure;
        await pause(retryDelay(null, retriesLeft, options.maxRetries), limits.signal);
        continue;
      }
      if (response.ok) {
        try {
          return JSON.parse(await response.text());
        } catch (error) {
          if (limits.signal?.aborted) throw new APIUserAbortError();
          if (timeout.aborted) throw new APIConnectionTimeoutError();
          throw error;
        }
      }
      if (retriesLeft > 0 && shouldRetry(response)) {
        response.discard();
        await pause(retryDelay(response, retriesLeft, options.maxRetries), limits.signal);
        continue;
      }
      const text = await response.text().catch(() => '');
      const json = safeJson(text);
      throw APIError.generate(
        response.status,
        json as object | undefined,
        json === undefined ? text : undefined,
        response.headers() as never,
      );
    }
  };
  return {
    baseURL,
    timeout: options.timeout,
    maxRetries: options.maxRetries,
    chat: {
      completions: {
        parse: async <T>(body: ChatCompletionCreateParams, limits: RequestOptions = {}) => {
          const completion = await send(JSON.stringify(body), limits);
          return maybeParseChatCompletion(completion as never, body as never) as ParsedChatCompletion<T>;
        },
      },
    },
  };
}

function shouldRetry(response: PostReply): boolean {
  const header = response.header('x-should-retry');
  if (header === 'true') return true;
  if (header === 'false') return false;
  return (
    response.status === 408 || response.status === 409 || response.status === 429 || response.status >= 500
  );
}

/** The server's retry-after(-ms) when it is within a minute, otherwise exponential backoff with jitter. */
function retryDelay(response: PostReply | null, retriesLeft: number, maxRetries: number): number {
  let ms: number | undefined;
  const afterMs = response?.header('retry-after-ms');
  if (afterMs && !Number.isNaN(Number.parseFloat(afterMs))) ms = Number.parseFloat(afterMs);
  const after = response?.header('retry-after');
  if (after && ms === undefined) {
    const seconds = Number.parseFloat(after);
    ms = Number.isNaN(seconds) ? Date.parse(after) - Date.now() : seconds * 1000;
  }
  if (ms !== undefined && Number.isFinite(ms) && ms >= 0 && ms <= 60_000) return ms;
  const seconds = Math.min(0.5 * 2 ** (maxRetries - retriesLeft), 8);
  return seconds * (1 - Math.random() * 0.25) * 1000;
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new APIUserAbortError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new APIUserAbortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
