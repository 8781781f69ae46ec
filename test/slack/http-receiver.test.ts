import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/slack-harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.stop();
});

describe('HTTP receiver', () => {
  it('answers url_verification with the challenge', async () => {
    const reply = await harness.send({ type: 'url_verification', token: 't', challenge: 'chal-123' });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ challenge: 'chal-123' });
  });
});

describe('request verification and health', () => {
  it('refuses a bad signature with 401 and runs nothing', async () => {
    const reply = await harness.send(
      { type: 'url_verification', challenge: 'x' },
      { secret: 'not-the-secret' },
    );
    expect(reply.status).toBe(401);
  });

  it('refuses a stale timestamp (replay) with 401', async () => {
    const reply = await harness.send(
      { type: 'url_verification', challenge: 'x' },
      { timestamp: Math.floor(Date.now() / 1000) - 600 },
    );
    expect(reply.status).toBe(401);
  });

  it('answers the health route', async () => {
    const response = await fetch(`http://127.0.0.1:${harness.port}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});
