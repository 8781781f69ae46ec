// One POST of a JSON body over node:http or node:https, in place of fetch: a model call needs nothing fetch
// adds, and fetch (Node's undici bundle, WHATWG streams, a Request and a Response per call) costs about three
// times the CPU a call (a 5-call round: ~7 ms against ~2.5 ms on loopback) and ~20 MB resident in a CLI run.
// Connections are kept alive by Node's default agent, which honours a server's Keep-Alive timeout hint and
// NODE_USE_ENV_PROXY as fetch does. Unlike fetch, a redirect is not followed: it is an error status, as an API
// endpoint that redirects a POST is misconfigured.
import type { ClientRequest, IncomingMessage, RequestOptions } from 'node:http';

export interface PostReply {
  status: number;
  ok: boolean;
  /** A header's value (the first, if repeated), by its name in any case; null when absent. */
  header(name: string): string | null;
  /** Every header, as fetch's Headers: the SDK's error classes read them (x-request-id). */
  headers(): Headers;
  /** The body as text; rejects if the request is aborted while it is read. */
  text(): Promise<string>;
  /** Drops the body unread (the connection is not reused). */
  discard(): void;
}

/**
 * The http or https module as CommonJS hands it out. `import 'node:http'` would build its ES module facade,
 * which reads every export, the lazy WebSocket among them: that alone loads fetch's undici bundle.
 */
function transport(url: URL): { request(url: URL, options: RequestOptions): ClientRequest } {
  // TLS is loaded only for an https endpoint: a local server (Ollama, vLLM, the bench's stub) never needs it.
  return url.protocol === 'https:'
    ? process.getBuiltinModule('node:https')
    : process.getBuiltinModule('node:http');
}

export async function postJson(
  url: URL,
  headers: Record<string, string>,
  body: string,
  signal: AbortSignal,
): Promise<PostReply> {
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    const req = transport(url).request(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      signal,
    });
    req.once('response', resolve);
    req.once('error', reject);
    req.end(body);
  });
  return {
    status: response.statusCode ?? 0,
    ok: (response.statusCode ?? 0) >= 200 && (response.statusCode ?? 0) < 300,
    header: (name) => {
      const value = response.headers[name.toLowerCase()];
      return (Array.isArray(value) ? value[0] : value) ?? null;
    },
    headers: () => {
      const all = new Headers();
      const raw = response.rawHeaders;
      for (let i = 0; i + 1 < raw.length; i += 2) all.append(raw[i] as string, raw[i + 1] as string);
      return all;
    },
    text: () =>
      new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        response.once('error', reject);
        // A body cut short (an abort, a dropped connection) must not read as a whole one.
        response.once('close', () => {
          if (!response.complete) reject(new Error('the response ended before its body was complete'));
        });
      }),
    discard: () => response.destroy(),
  };
}
