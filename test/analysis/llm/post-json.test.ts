// The model calls' transport: what fetch gave the client and node:http must give too.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { postJson } from '../../../src/analysis/llm/post-json.ts';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  server?.close();
  server = undefined;
});

async function serve(handler: Parameters<typeof createServer>[1]): Promise<URL> {
  server = createServer(handler);
  server.keepAliveTimeout = 10_000;
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/chat/completions`);
}

const signal = () => AbortSignal.timeout(5_000);

describe('postJson', () => {
  it('sends the body with its length and reads the reply, its status and headers', async () => {
    let received = '';
    const url = await serve(async (req, res) => {
      for await (const chunk of req) received += chunk;
      res.writeHead(429, {
        'content-type': 'application/json',
        'Retry-After-Ms': '10',
        'x-request-id': 'r1',
      });
      res.end('{"error":{"message":"slow down"}}');
    });
    const reply = await postJson(
      url,
      { 'content-type': 'application/json' },
      '{"model":"m","é":1}',
      signal(),
    );
    expect(received).toBe('{"model":"m","é":1}');
    expect(reply.status).toBe(429);
    expect(reply.ok).toBe(false);
    expect(reply.header('retry-after-ms')).toBe('10');
    expect(reply.header('x-absent')).toBeNull();
    expect(reply.headers().get('x-request-id')).toBe('r1');
    expect(JSON.parse(await reply.text())).toEqual({ error: { message: 'slow down' } });
  });

  it('reuses one connection for calls in a row, as the provider keeps it open', async () => {
    const sockets = new Set<unknown>();
    const url = await serve((req, res) => {
      sockets.add(req.socket);
      req.resume();
      req.on('end', () => res.end('{}'));
    });
    for (let i = 0; i < 3; i++) await (await postJson(url, {}, '{}', signal())).text();
    expect(sockets.size).toBe(1);
  });

  it('rejects a body cut short rather than returning part of it', async () => {
    const url = await serve((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-length': '100' });
      res.write('{"choices":');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const reply = await postJson(url, {}, '{}', signal());
    await expect(reply.text()).rejects.toThrow();
  });

  it('stops at its signal', async () => {
    const url = await serve(() => {});
    await expect(postJson(url, {}, '{}', AbortSignal.timeout(50))).rejects.toThrow();
  });
});
