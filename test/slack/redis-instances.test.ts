// Issue 10, in Slack: three bot instances (the real app, signed HTTP events) on one real Redis. The same event
// delivered to all three is answered once, and the logs show the queue's depth and the job's wait and run time.
// With Redis gone, /readyz answers 503 with a reason (alive all the same), events are still acknowledged and the
// asker is told to try again in a minute; once Redis is back /readyz answers 200 and the next mention gets its
// sheet. A draining instance answers 503 too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueuedSheet } from '../../src/slack/jobs/queue/queued-job.ts';
import { requeueWith, runQueuedSheet } from '../../src/slack/jobs/queue/queued-sheet-job.ts';
import type { SheetQueue } from '../../src/slack/jobs/queue/sheet-queue.ts';
import { exampleText } from '../support/fixtures.ts';
import { redisAvailable, startRedis, type TestRedis } from '../support/redis-server.ts';
import {
  BOT_USER,
  CHANNEL,
  eventEnvelope,
  mentionEvent,
  nextTs,
  TEAM,
  USER,
} from '../support/slack-events.ts';
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

  it('does not answer a queued job twice when it runs again after its answer went out', async () => {
    const h = first();
    const services = h.app.slack.services;
    const client = await services.clients.forTeam(TEAM);
    const sheet: QueuedSheet = {
      id: `event:EvRunTwice${nextTs()}`,
      kind: 'mention',
      team: TEAM,
      channel: CHANNEL,
      reply: { kind: 'placeholder', threadTs: '1.1', ts: '1.2' },
      requestedBy: USER,
      requestedAt: Date.now(),
      knownCount: 1,
      source: { kind: 'message', message: { ts: '1.1', text: exampleText('northern-courier') } },
      hintForSingleSource: false,
    };
    h.slack.calls.length = 0;
    // As a worker killed after delivering, before the queue heard, leaves it: the job runs a second time.
    await runQueuedSheet(services, client, sheet);
    await runQueuedSheet(services, client, sheet);
    const sheets = h.slack.callsTo('chat.update').filter((call) => isSheet(call));
    expect(sheets.map((call) => call.params.ts)).toEqual(['1.2']);
  });

  it('enqueues a recovered job under the placeholder its dead listener posted, or posts one tagged with its id', async () => {
    const h = first();
    const enqueued: QueuedSheet[] = [];
    const queue = {
      enqueue: async (sheet: QueuedSheet) => enqueued.push(sheet) > 0,
    } as unknown as SheetQueue;
    const requeue = requeueWith(h.app.slack.services, queue);
    const work = {
      kind: 'mention',
      team: TEAM,
      enterprise: null,
      channel: CHANNEL,
      requestedBy: USER,
      requestedAt: Date.now(),
      knownCount: 1,
      source: { kind: 'message', message: { ts: '5.1', text: 'pasted' } },
      hintForSingleSource: false,
    };
    const orphan = (id: string) => ({
      id,
      team: TEAM,
      owner: 'dead',
      reply: { kind: 'placeholder' as const, channel: CHANNEL, threadTs: '5.1', ts: null },
      work: { ...work, id },
    });
    // The dead listener's placeholder is in the thread, tagged with the job's id; its ts never reached the journal.
    h.slack.on('conversations.replies', () => ({
      ok: true,
      messages: [
        {
          ts: '5.2',
          metadata: { event_type: 'copydesk_placeholder', event_payload: { tag: 'event:EvPosted' } },
        },
      ],
    }));
    h.slack.calls.length = 0;
    await requeue(orphan('event:EvPosted'));
    expect(enqueued[0]?.reply).toEqual({ kind: 'placeholder', threadTs: '5.1', ts: '5.2' });
    expect(h.slack.callsTo('chat.postMessage')).toEqual([]);
    // Not there: one placeholder is posted now, tagged so that a later recovery would find it.
    await requeue(orphan('event:EvNotPosted'));
    const posted = h.slack.callsTo('chat.postMessage');
    expect(posted).toHaveLength(1);
    expect(JSON.stringify(posted[0]?.params.metadata)).toContain('event:EvNotPosted');
    expect(enqueued[1]?.reply).toMatchObject({ kind: 'placeholder', threadTs: '5.1' });
    expect(enqueued[1]?.id).toBe('event:EvNotPosted');
  });

  it('says 503 "draining" on /readyz once shutdown has begun', async () => {
    const last = instances[2] as Harness;
    // The first thing stop() does, before the receiver closes: a balancer polling /readyz sees it leave.
    last.app.slack.accepting.value = false;
    expect(await readyz(last)).toEqual({ status: 503, body: { ready: false, reason: 'draining' } });
    expect((await fetch(`http://127.0.0.1:${last.port}/healthz`)).status).toBe(503);
  });
});
