// A local server that speaks OpenAI's Chat Completions wire format, for end-to-end tests and benchmarks.
// Each request is recorded; a responder decides the reply (status, headers, body, latency).
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: {
    model: string;
    messages: { role: string; content: string }[];
    response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
    [key: string]: unknown;
  };
}

export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string is sent as is (for broken bodies). */
  body: unknown;
  /** The reply's latency, counted from the request's arrival (its whole body) as a provider's is: the server's
   * own work on the request (parsing it, choosing the reply) is part of it, not added to it. */
  delayMs?: number;
}

export type Responder = (request: ChatRequest, index: number) => FakeReply | Promise<FakeReply>;

export interface FakeOpenAI {
  /** Base URL including /v1, as OPENAI_BASE_URL expects. */
  url: string;
  requests: ChatRequest[];
  close(): Promise<void>;
}

export interface FakeServerOptions {
  /** How long an idle connection is kept. Tests keep 1 s; the bench outlasts its client's keep-alive, so every
   * call reuses a connection as it would with a real provider, rather than measuring new connections. */
  keepAliveMs?: number;
}

export async function startFakeOpenAI(
  responder: Responder,
  options: FakeServerOptions = {},
): Promise<FakeOpenAI> {
  const requests: ChatRequest[] = [];
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    // A model starts once the whole prompt is in: a client slow to send its body pays for it.
    const arrived = performance.now();
    const request: ChatRequest = {
      path: req.url ?? '',
      headers: req.headers,
      body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'),
    };
    const index = requests.push(request) - 1;
    try {
      const reply = await responder(request, index);
      const wait = (reply.delayMs ?? 0) - (performance.now() - arrived);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
      res.end(text);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: String(error), type: 'server_error' } }));
    }
  });
  server.keepAliveTimeout = options.keepAliveMs ?? 1_000;
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

interface CompletionOptions {
  finishReason?: 'stop' | 'length' | 'content_filter';
  refusal?: string | null;
  promptTokens?: number;
  completionTokens?: number;
  model?: string;
}

/** A chat.completion body exactly as the API sends it. `content` objects are sent as JSON text. */
export function chatCompletion(content: unknown, options: CompletionOptions = {}): object {
  const promptTokens = options.promptTokens ?? 1200;
  const completionTokens = options.completionTokens ?? 300;
  return {
    id: 'chatcmpl-test0001',
    object: 'chat.completion',
    created: 1_795_000_000,
    model: options.model ?? 'gpt-4.1-mini-2025-04-14',
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: content === null ? null : typeof content === 'string' ? content : JSON.stringify(content),
          refusal: options.refusal ?? null,
          annotations: [],
        },
        logprobs: null,
        finish_reason: options.finishReason ?? 'stop',
      },
    ],
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: {
        reasoning_tokens: 0,
        audio_tokens: 0,
        accepted_prediction_tokens: 0,
        rejected_prediction_tokens: 0,
      },
    },
    service_tier: 'default',
    system_fingerprint: 'fp_test',
  };
}

export function apiError(status: number, message: string, type = 'server_error'): FakeReply {
  return { status, body: { error: { message, type, param: null, code: null } } };
}

/** Which of our two calls a request is, from the schema name it carries. */
export function schemaName(request: ChatRequest): string | undefined {
  return request.body.response_format?.json_schema?.name;
}

/** The article text between the delimiters of an extraction request. */
export function articleOf(request: ChatRequest): string {
  const user = request.body.messages.find((message) => message.role === 'user')?.content ?? '';
  return user.slice(user.indexOf('<article>\n') + '<article>\n'.length, user.lastIndexOf('\n</article>'));
}
