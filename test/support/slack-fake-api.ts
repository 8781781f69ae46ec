// A local stand-in for Slack: the Web API (form or JSON POSTs to /api/METHOD), file downloads, response_url
// posts, article pages for links, and apps.connections.open for Socket Mode. Every call is recorded.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeServerOptions } from './fake-openai-server.ts';
import { blocksError } from './slack-fake-blocks.ts';
import { type KeptMessage, keptMessages } from './slack-fake-messages.ts';

export interface SlackCall {
  method: string;
  params: Record<string, unknown>;
  authorization: string | undefined;
}

export interface ThreadMessage {
  ts: string;
  thread_ts?: string;
  user?: string;
  bot_id?: string;
  subtype?: string;
  text: string;
  blocks?: unknown[];
  files?: Record<string, unknown>[];
}

/** An answer for one method; `call` says who called (its Authorization header), for per-token answers. */
type Handler = (
  params: Record<string, unknown>,
  call: SlackCall,
) => Record<string, unknown> | Promise<Record<string, unknown>>;

export interface FakeSlack {
  /** Base for SLACK_API_URL, ending in /api/. */
  url: string;
  origin: string;
  port: number;
  /** For attaching a WebSocket endpoint (Socket Mode). */
  server: Server;
  calls: SlackCall[];
  /** Bodies posted to response_url. */
  responses: { id: string; body: Record<string, unknown> }[];
  /** channel → messages, roots and replies, as conversations.replies should see them. */
  messages: Map<string, ThreadMessage[]>;
  /** Path under /files/ → text served to callers with a token of `fileTokens`. */
  files: Map<string, { body: string; contentType: string }>;
  /** Tokens the file host takes (the bot token at first); any other gets the sign-in page. */
  fileTokens: Set<string>;
  /** Every file download, with the Authorization header it came with. */
  fileRequests: { path: string; authorization: string | undefined }[];
  /** Path under /pages/ → HTML served for links. */
  pages: Map<string, string>;
  botUsers: Set<string>;
  /** Users users.info calls workspace admins. */
  admins: Set<string>;
  /** Block types this workspace refuses: a message holding one is answered `invalid_blocks` (e.g. 'table'). */
  refusedBlockTypes: Set<string>;
  /** ts → a streamed message as chat.startStream / appendStream / stopStream built it. */
  streams: Map<string, FakeStream>;
  /** team → the App Home view last published for each user (views.publish). */
  homes: Map<string, Record<string, unknown>>;
  /** channel → ts → each message the app wrote, as it last wrote it, metadata included (slack-fake-messages.ts). */
  kept: Map<string, Map<string, KeptMessage>>;
  /** Replace the answer for one API method. */
  on(method: string, handler: Handler): void;
  /** Be told of every call as it arrives, before it is answered (a test can kill the caller right there). */
  observe(listener: (call: SlackCall) => void): void;
  responseUrl(id: string): string;
  fileUrl(name: string): string;
  pageUrl(name: string): string;
  callsTo(method: string): SlackCall[];
  close(): Promise<void>;
}

export const BOT_TOKEN = 'xoxb-test-token';

export interface FakeStream {
  channel: string;
  threadTs: string;
  /** Every chunk in the order it arrived, start to stop. */
  chunks: Record<string, unknown>[];
  /** Blocks given to chat.stopStream, shown under the streamed content. */
  blocks: unknown[];
  stopped: boolean;
}

export interface FakeSlackOptions extends FakeServerOptions {
  /**
   * Speak the streaming methods (chat.startStream and friends). Off, chat.startStream answers
   * `method_not_supported`, as a workspace without streaming does, and replies fall back to placeholders.
   */
  streaming?: boolean;
}

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const calls: SlackCall[] = [];
  const responses: FakeSlack['responses'] = [];
  const messages = new Map<string, ThreadMessage[]>();
  const files = new Map<string, { body: string; contentType: string }>();
  const fileTokens = new Set<string>([BOT_TOKEN]);
  const fileRequests: FakeSlack['fileRequests'] = [];
  const pages = new Map<string, string>();
  const botUsers = new Set<string>();
  const admins = new Set<string>();
  const refusedBlockTypes = new Set<string>();
  const handlers = new Map<string, Handler>();
  const streams = new Map<string, FakeStream>();
  const homes = new Map<string, Record<string, unknown>>();
  const kept = keptMessages();
  const observers: ((call: SlackCall) => void)[] = [];
  let seq = 0;
  let port = 0;
  const nextTs = (): string => `1800000000.${String(++seq).padStart(6, '0')}`;

  const defaults: Record<string, Handler> = {
    'chat.postMessage': (params) => ({ ok: true, channel: params.channel, ts: nextTs() }),
    'chat.update': (params) => ({ ok: true, channel: params.channel, ts: params.ts }),
    'chat.delete': (params) => ({ ok: true, channel: params.channel, ts: params.ts }),
    'chat.postEphemeral': () => ({ ok: true, message_ts: nextTs() }),
    ...streamingMethods(options.streaming === true, streams, nextTs),
    ...assistantMethods(),
    'views.publish': (params) => {
      if (typeof params.user_id !== 'string' || !params.view)
        return { ok: false, error: 'invalid_arguments' };
      const view = params.view as Record<string, unknown>;
      if (view.type !== 'home') return { ok: false, error: 'invalid_arguments' };
      if (((view.blocks as unknown[] | undefined) ?? []).length > 100)
        return { ok: false, error: 'invalid_blocks' };
      homes.set(params.user_id, view);
      return { ok: true, view: { id: 'VHOME', ...view } };
    },
    'views.open': (params) =>
      params.trigger_id && params.view
        ? { ok: true, view: { id: 'VMODAL' } }
        : { ok: false, error: 'invalid_arguments' },
    'users.info': (params) => ({
      ok: true,
      user: {
        id: params.user,
        is_bot: botUsers.has(String(params.user)),
        is_admin: admins.has(String(params.user)),
        is_owner: false,
      },
    }),
    // Socket Mode asks for its WebSocket URL with the app token; the socket lives on this same server.
    'apps.connections.open': () => ({ ok: true, url: `ws://127.0.0.1:${port}/socket` }),
    'auth.test': () => ({ ok: true, user_id: 'UCOPYDESK', bot_id: 'BCOPYDESK', team_id: 'T1' }),
    'conversations.history': (params) => kept.history(params, messages.get(String(params.channel)) ?? []),
    // The seeded threads (messages), with what the app wrote in them: slack-fake-messages.ts.
    'conversations.replies': (params) =>
      kept.replies(params, messages.get(String(params.channel)) ?? []) ?? {
        ok: false,
        error: 'thread_not_found',
      },
  };

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const send = (status: number, body: string, type = 'application/json'): void => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (url.pathname.startsWith('/api/')) {
      const method = url.pathname.slice('/api/'.length);
      const params = parseBody(raw, req.headers['content-type'] ?? '');
      const call = { method, params, authorization: req.headers.authorization };
      calls.push(call);
      for (const observer of observers) observer(call);
      // Messages are checked the way Slack checks them: a block it does not take fails the whole call.
      const refusal = MESSAGE_METHODS.has(method) ? blocksError(params.blocks, refusedBlockTypes) : null;
      const handler: Handler | undefined = refusal
        ? () => ({ ok: false, error: refusal })
        : (handlers.get(method) ?? defaults[method]);
      const { __status, __headers, ...body } = handler
        ? await handler(params, call)
        : { ok: false, error: 'unknown_method' };
      if (body.ok === true && (typeof __status !== 'number' || __status === 200))
        kept.keep(method, params, body);
      // A handler can answer like Slack's rate limiter: { __status: 429, __headers: { 'retry-after': '1' } }.
      res.writeHead(typeof __status === 'number' ? __status : 200, {
        'content-type': 'application/json',
        ...(__headers as Record<string, string> | undefined),
      });
      res.end(JSON.stringify(body));
      return;
    }
    if (url.pathname.startsWith('/respond/')) {
      responses.push({ id: url.pathname.slice('/respond/'.length), body: JSON.parse(raw || '{}') });
      send(200, 'ok', 'text/plain');
      return;
    }
    if (url.pathname.startsWith('/files/')) {
      const file = files.get(url.pathname.slice('/files/'.length));
      fileRequests.push({ path: url.pathname, authorization: req.headers.authorization });
      // Without a token of the workspace, Slack answers 200 with its sign-in page.
      const token = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
      if (!fileTokens.has(token) || !file) {
        send(
          200,
          '<!DOCTYPE html><html><title>Slack</title><body>Sign in</body></html>',
          'text/html; charset=utf-8',
        );
        return;
      }
      send(200, file.body, file.contentType);
      return;
    }
    if (url.pathname.startsWith('/pages/')) {
      const page = pages.get(url.pathname.slice('/pages/'.length));
      if (page === undefined) send(404, 'not found', 'text/plain');
      else send(200, page, 'text/html; charset=utf-8');
      return;
    }
    send(404, 'not found', 'text/plain');
  });
  server.keepAliveTimeout = options.keepAliveMs ?? 1_000;
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/api/`,
    origin,
    port,
    server,
    calls,
    responses,
    messages,
    files,
    fileTokens,
    fileRequests,
    pages,
    botUsers,
    admins,
    refusedBlockTypes,
    streams,
    homes,
    kept: kept.byChannel,
    on: (method, handler) => handlers.set(method, handler),
    observe: (listener) => observers.push(listener),
    responseUrl: (id) => `${origin}/respond/${id}`,
    fileUrl: (name) => `${origin}/files/${name}`,
    pageUrl: (name) => `${origin}/pages/${name}`,
    callsTo: (method) => calls.filter((call) => call.method === method),
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

const MESSAGE_METHODS = new Set(['chat.postMessage', 'chat.update', 'chat.postEphemeral']);

/** The Web API client sends form fields (objects such as blocks as JSON strings) or, for some calls, JSON. */
function parseBody(raw: string, type: string): Record<string, unknown> {
  if (type.includes('application/json')) return JSON.parse(raw || '{}');
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    params[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return params;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/**
 * chat.startStream / appendStream / stopStream with the arguments @slack/web-api 8.2 types: a stream is a reply
 * in a thread; outside a DM it names its recipient (user and team); chunks or markdown_text carry the content;
 * a stopped stream takes no more. Error names for the refusals are this double's, not checked against Slack.
 */
function streamingMethods(
  enabled: boolean,
  streams: Map<string, FakeStream>,
  nextTs: () => string,
): Record<string, Handler> {
  if (!enabled) {
    const refuse = () => ({ ok: false, error: 'method_not_supported' });
    return { 'chat.startStream': refuse, 'chat.appendStream': refuse, 'chat.stopStream': refuse };
  }
  const chunksOf = (params: Record<string, unknown>): Record<string, unknown>[] => [
    ...((params.chunks as Record<string, unknown>[] | undefined) ?? []),
    ...(typeof params.markdown_text === 'string'
      ? [{ type: 'markdown_text', text: params.markdown_text }]
      : []),
  ];
  const open = (params: Record<string, unknown>): FakeStream | { error: string } => {
    const stream = streams.get(String(params.ts));
    if (!stream || stream.channel !== params.channel) return { error: 'message_not_found' };
    if (stream.stopped) return { error: 'message_not_in_streaming_state' };
    return stream;
  };
  return {
    'chat.startStream': (params) => {
      const channel = String(params.channel ?? '');
      if (!channel || typeof params.thread_ts !== 'string') return { ok: false, error: 'invalid_arguments' };
      if (!channel.startsWith('D') && (!params.recipient_user_id || !params.recipient_team_id))
        return { ok: false, error: 'invalid_arguments' };
      const ts = nextTs();
      streams.set(ts, {
        channel,
        threadTs: params.thread_ts,
        chunks: chunksOf(params),
        blocks: [],
        stopped: false,
      });
      return { ok: true, channel, ts };
    },
    'chat.appendStream': (params) => {
      const stream = open(params);
      if ('error' in stream) return { ok: false, error: stream.error };
      const chunks = chunksOf(params);
      if (chunks.length === 0) return { ok: false, error: 'invalid_arguments' };
      stream.chunks.push(...chunks);
      return { ok: true, channel: stream.channel, ts: params.ts };
    },
    'chat.stopStream': (params) => {
      const stream = open(params);
      if ('error' in stream) return { ok: false, error: stream.error };
      const blocks = (params.blocks as unknown[] | undefined) ?? [];
      if (blocks.length > 50) return { ok: false, error: 'invalid_blocks' };
      stream.chunks.push(...chunksOf(params));
      stream.blocks = blocks;
      stream.stopped = true;
      return { ok: true, channel: stream.channel, ts: params.ts, message: { blocks } };
    },
  };
}

/** assistant.threads.*: the arguments their published types require; the double only records them. */
function assistantMethods(): Record<string, Handler> {
  const needs =
    (...fields: string[]): Handler =>
    (params) =>
      fields.every((field) => params[field] !== undefined)
        ? { ok: true }
        : { ok: false, error: 'invalid_arguments' };
  return {
    'assistant.threads.setStatus': needs('channel_id', 'thread_ts', 'status'),
    'assistant.threads.setTitle': needs('channel_id', 'thread_ts', 'title'),
    'assistant.threads.setSuggestedPrompts': needs('channel_id', 'prompts'),
  };
}
