// The two layers of the SSRF guard, each on its own: the pre-flight check (no socket at all) and the Agent
// that checks the address it is about to connect to. read-url.test.ts covers them together.

import nock from 'nock';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CopydeskError } from '../../src/errors.ts';
import { createAllowList } from '../../src/ingest/web/allow-list.ts';
import { BlockedAddressError, createSafeAgent } from '../../src/ingest/web/safe-agent.ts';
import { assertFetchable } from '../../src/ingest/web/safe-fetch.ts';
import { type PageServer, send, startPageServer } from './support/page-server.ts';

let server: PageServer;
// Real sockets, so "no connection made" means it (see the note in read-url.test.ts).
beforeAll(async () => {
  nock.restore();
  server = await startPageServer({ '/': send('<p>hello</p>', 'text/html') });
});
afterAll(async () => {
  await server.close();
  nock.activate();
});

describe('assertFetchable', () => {
  const none = createAllowList([]);
  const code = (url: string, allow = none) => {
    try {
      assertFetchable(new URL(url), allow);
      return 'ok';
    } catch (error) {
      return (error as CopydeskError).code;
    }
  };

  it.each([
    'http://127.0.0.1/',
    'http://2130706433/',
    'http://0x7f.1/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[fe80::1]/',
    'http://10.1.2.3/',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://[fd00::1]/',
    'http://224.0.0.1/',
    'http://0.0.0.0/',
    'http://localhost:25/',
  ])('blocks %s before any connection', (url) => {
    expect(code(url)).toBe('fetch_blocked');
  });

  it('lets names through to the connection-time check, and honours the allow list', () => {
    expect(code('https://example.com/story')).toBe('ok');
    expect(code('http://127.0.0.1:8080/', createAllowList(['127.0.0.1:8080']))).toBe('ok');
    expect(code('http://127.0.0.1:8081/', createAllowList(['127.0.0.1:8080']))).toBe('fetch_blocked');
    expect(code('ftp://example.com/')).toBe('fetch_invalid_url');
  });
});

describe('createSafeAgent', () => {
  const agent = (allow: string[] = []) =>
    createSafeAgent({ allow: createAllowList(allow), connectTimeoutMs: 2_000 });

  it.each(['127.0.0.1', 'localhost', '[::ffff:7f00:1]'])('refuses to connect to %s', async (host) => {
    const before = server.connections;
    const dispatcher = agent();
    const attempt = request(`http://${host}:${server.port}/`, { dispatcher });
    await expect(attempt).rejects.toBeInstanceOf(BlockedAddressError);
    expect(await server.settledConnections()).toBe(before);
    await dispatcher.close();
  });

  it('connects to an allowed host:port', async () => {
    const dispatcher = agent([server.hostPort]);
    const response = await request(server.url('/'), { dispatcher });
    expect(await response.body.text()).toBe('<p>hello</p>');
    await dispatcher.close();
  });
});
