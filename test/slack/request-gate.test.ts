// Issue 9: what a signed (or unsigned) request can do to the process before any listener runs.
import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { statusBeforeBodyEnds } from '../support/partial-body-client.ts';
import { commandForm } from '../support/slack-events.ts';
import { articlePage, type Harness, isSheet, startHarness } from '../support/slack-harness.ts';
import { sign } from '../support/slack-signed-request.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  harness.slack.pages.set('ferry', articlePage('northern-courier'));
});
afterAll(async () => {
  await harness.stop();
});
afterEach(async () => {
  await harness.settle();
  harness.slack.calls.length = 0;
});

/** POST a raw body, signed as Slack would sign it. */
async function postRaw(body: string, type: string, timestamp = Math.floor(Date.now() / 1000)) {
  const response = await fetch(`http://127.0.0.1:${harness.port}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': type,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(body, timestamp),
    },
    body,
  });
  await response.text();
  return response.status;
}

async function stillServing(): Promise<void> {
  const health = await fetch(`http://127.0.0.1:${harness.port}/healthz`);
  expect(health.status).toBe(200);
}

describe('bodies that are not objects', () => {
  it.each([
    ['null', 'application/json'],
    ['3', 'application/json'],
    ['"text"', 'application/json'],
    ['[]', 'application/json'],
    ['payload=null', 'application/x-www-form-urlencoded'],
    ['payload=%5B%5D', 'application/x-www-form-urlencoded'],
  ])('a signed %s is refused with 400 and the process keeps serving', async (body, type) => {
    expect(await postRaw(body, type)).toBe(400);
    await stillServing();
  });
});

describe('timestamps', () => {
  it.each([
    ['an hour ahead', 3600],
    ['a year ahead', 365 * 24 * 3600],
    ['six minutes ahead', 360],
  ])('refuses a request dated %s', async (_label, ahead) => {
    const reply = await harness.send(
      { type: 'url_verification', challenge: 'x' },
      { timestamp: Math.floor(Date.now() / 1000) + ahead },
    );
    expect(reply.status).toBe(401);
  });

  it('accepts a request dated a minute ahead (clock drift)', async () => {
    const reply = await harness.send(
      { type: 'url_verification', challenge: 'drift' },
      { timestamp: Math.floor(Date.now() / 1000) + 60 },
    );
    expect(reply.status).toBe(200);
  });
});

describe('replays', () => {
  it('answers the same signed /factsheet request once', async () => {
    const form = commandForm(`<${harness.slack.pageUrl('ferry')}>`, harness.slack.responseUrl('replay'));
    const timestamp = Math.floor(Date.now() / 1000);
    const replies = [];
    for (let i = 0; i < 3; i += 1) replies.push(await harness.send(form, { form: true, timestamp }));
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200]);
    expect(replies.filter((reply) => reply.text.includes('Reading'))).toHaveLength(1);
    await harness.until(() => harness.slack.callsTo('chat.postMessage').find(isSheet));
    await harness.settle();
    expect(harness.slack.callsTo('chat.postMessage').filter(isSheet)).toHaveLength(1);
  });
});

describe('paths', () => {
  /** A request whose path goes out as written (fetch would tidy "./" away before sending). */
  const postAt = (path: string, headers: Record<string, string>, body: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const outgoing = request(
        { host: '127.0.0.1', port: harness.port, method: 'POST', path, headers },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => {
            text += chunk.toString();
          });
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });

  it('checks the events path however it is spelled, as Bolt routes it', async () => {
    for (const path of ['/slack/./events', '/slack/x/../events', '/slack/%2e/events', '/slack/events#a']) {
      expect((await postAt(path, { 'content-type': 'application/json' }, '{}')).status, path).toBe(401);
    }
    const body = '{"type":"url_verification","challenge":"c"}';
    const timestamp = Math.floor(Date.now() / 1000);
    const signed = {
      'content-type': 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(body, timestamp),
    };
    expect(await postAt('/slack/events', signed, body)).toEqual({ status: 200, text: '{"challenge":"c"}' });
    // The same signed bytes at another spelling of the path are the same request: answered once, not passed on.
    expect(await postAt('/slack/./events', signed, body)).toEqual({ status: 200, text: '' });
  });
});

describe('body size', () => {
  const signed = (): Record<string, string> => {
    const timestamp = Math.floor(Date.now() / 1000);
    return {
      'content-type': 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign('{}', timestamp),
    };
  };

  it('refuses an unsigned 4 MB body without reading it', async () => {
    const status = await statusBeforeBodyEnds({
      port: harness.port,
      headers: { 'content-type': 'application/json', 'content-length': String(4 * 1024 * 1024) },
      chunkBytes: 1024,
      chunks: 1,
    });
    expect(status).toBe('401');
  });

  it('refuses a signed body that declares 4 MB without reading it', async () => {
    const status = await statusBeforeBodyEnds({
      port: harness.port,
      headers: { ...signed(), 'content-length': String(4 * 1024 * 1024) },
      chunkBytes: 1024,
      chunks: 1,
    });
    expect(status).toBe('413');
  });

  it('stops reading a chunked body at the cap', async () => {
    const status = await statusBeforeBodyEnds({
      port: harness.port,
      headers: { ...signed(), 'transfer-encoding': 'chunked' },
      chunkBytes: 64 * 1024,
      chunks: 8,
      chunked: true,
    });
    expect(status).toBe('413');
    await stillServing();
  });
});
