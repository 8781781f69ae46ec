// Issue 10, in Slack: three bot instances (the real app, signed HTTP events) on one real Redis. The same event
// delivered to all three is answered once, and the logs show the queue's depth and the job's wait and run time.
// With Redis gone, /readyz answers 503 with a reason (alive all the same), events are still acknowledged and the
// asker is told to try again in a minute; once Redis is back /readyz answers 200 and the next mention gets its
// sheet. A draining instance answers 503 too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleText } from '../support/fixtures.ts';
import { redisAvailable, startRedis, type TestRedis } from '../support/redis-server.ts';
import { BOT_USER, eventEnvelope, mentionEvent } from '../support/slack-events.ts';
import { type Harness, isSheet, startHarness } from '../support/slack-harness.ts';
import { capturedLogger } from '../support/slack-oauth.ts';

interface Readiness {
  status: number;
  body: unknown;
}

async function readyz(h: Harness): Promise<Readiness> {
  const response = await fetch(`http://127.0.0.1:${h.port}/readyz`);
  return { status: response.status, body: await response.json() };
}

/** Polls /readyz until it answers `status` (the Redis client reconnects on its own, within 2 s). */
async function readyzBecomes(h: Harness, status: number): Promise<Readiness> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const now = await readyz(h);
    if (now.status === status || Date.now() > deadline) return now;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!redisAvailable)('three instances on one Redis', () => {
  let redis: TestRedis;
  let instances: Harness[] = [];
  const logs = [capturedLogger(), capturedLogger(), capturedLogger()];
  const first = () => instances[0] as Harness;
  const mention = () => mentionEvent({ text: `<@${BOT_USER}> ${exampleText('northern-courier')}` });
  const calls = (method: string) => instances.flatMap((h) => h.slack.callsTo(method));
  const logged = (msg: string) =>
    logs.flatMap((log) => log.lines.map((line) => JSON.parse(line))).filter((line) => line.msg === msg);

  beforeAll(async () => {
    redis = await startRedis();
    const env = { COPYDESK_STORE: redis.url };
    instances = await Promise.all(logs.map((log) => startHarness({ env, logger: log.logger })));
  });
  afterAll(async () => {
    await Promise.all(instances.map((h) => h?.stop()));
    await redis?.stop();
  });

  it('answers the same event once, whichever instances get it, and logs its queue wait and run time', async () => {
    const envelope = eventEnvelope(mention());
    const job = `event:${envelope.event_id}`;
    const replies = await Promise.all([...instances, first()].map((h) => h.send(envelope)));
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 200]);
    await first().until(() => calls('chat.update').find(isSheet));
    await Promise.all(instances.map((h) => h.settle()));
    expect(calls('chat.postMessage')).toHaveLength(1);
    expect(calls('chat.update').filter(isSheet)).toHaveLength(1);

    // One instance queued it (with the queue's depth), one worker ran it (with enqueue → start and run time).
    const queued = logged('fact sheet queued').filter((line) => line.job === job);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({
      kind: 'mention',
      waiting: expect.any(Number),
      active: expect.any(Number),
    });
    const done = await first().until(() => logged('queued fact sheet done').find((line) => line.job === job));
    expect(done).toMatchObject({ kind: 'mention', waitedMs: expect.any(Number), runMs: expect.any(Number) });
    expect(done.waitedMs).toBeGreaterThanOrEqual(0);
    for (const h of instances) h.slack.calls.length = 0;
  });

  it('says 503 on /readyz and acknowledges events while Redis is away, and answers again once it is back', async () => {
    for (const h of instances) expect(await readyz(h)).toEqual({ status: 200, body: { ready: true } });
    await redis.kill();
    for (const h of instances) {
      expect(await readyzBecomes(h, 503)).toEqual({
        status: 503,
        body: { ready: false, reason: 'store unreachable' },
      });
    }
    // Alive all the same: /healthz is for restarting a dead process, and this one keeps running.
    expect((await fetch(`http://127.0.0.1:${first().port}/healthz`)).status).toBe(200);

    const event = mention();
    const started = Date.now();
    const reply = await first().send(eventEnvelope(event));
    expect(reply.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3_000);
    const told = await first().until(() => first().slack.callsTo('chat.postMessage')[0]);
    expect(told.params).toMatchObject({ thread_ts: event.ts });
    expect(String(told.params.text)).toContain('cannot reach its job store');
    await first().settle();
    first().slack.calls.length = 0;

    await redis.restart();
    // The clients reconnect on their own (backoff capped at 2 s); every instance is ready again.
    for (const h of instances)
      expect(await readyzBecomes(h, 200)).toEqual({ status: 200, body: { ready: true } });
    const later = mention();
    expect((await first().send(eventEnvelope(later))).status).toBe(200);
    // Its sheet is a queued job: whichever instance's worker takes it answers, in the placeholder first posted.
    const placeholder = await first().until(() => first().slack.callsTo('chat.postMessage')[0]);
    expect(placeholder.params).toMatchObject({ channel: later.channel, thread_ts: later.ts });
    await first().until(() => calls('chat.update').find(isSheet), 15_000);
    await Promise.all(instances.map((h) => h.settle()));
    expect(calls('chat.update').filter(isSheet)).toHaveLength(1);
    expect(calls('chat.postMessage')).toHaveLength(1);
  }, 40_000);

  it('says 503 "draining" on /readyz once shutdown has begun', async () => {
    const last = instances[2] as Harness;
    // The first thing stop() does, before the receiver closes: a balancer polling /readyz sees it leave.
    last.app.slack.accepting.value = false;
    expect(await readyz(last)).toEqual({ status: 503, body: { ready: false, reason: 'draining' } });
    expect((await fetch(`http://127.0.0.1:${last.port}/healthz`)).status).toBe(503);
  });
});
