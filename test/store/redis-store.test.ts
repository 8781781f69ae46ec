// Issue 10, item 1: COPYDESK_STORE=redis://… against a real redis-server. Two store handles stand for two
// instances: they share the cache, a claim is won by exactly one of them, and the job journal's rules hold
// across them. Redis going away makes claims fail at once (never hang, never crash), and they work again when
// it is back, on the same handle.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.ts';
import { createJobLedger } from '../../src/slack/jobs/job-ledger.ts';
import type { JournaledJob, ReplyTarget } from '../../src/store/job-journal.ts';
import { openConfiguredStore } from '../../src/store/open-configured-store.ts';
import { openRedisJobJournal } from '../../src/store/redis-job-journal.ts';
import { type RedisStore, redisStore } from '../../src/store/redis-store.ts';
import { redisAvailable, startRedis, type TestRedis } from '../support/redis-server.ts';

describe.skipIf(!redisAvailable)('Redis store', () => {
  let redis: TestRedis;
  const open: RedisStore[] = [];
  const store = (): RedisStore => {
    const opened = redisStore(redis.url);
    open.push(opened);
    return opened;
  };

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterEach(async () => {
    for (const opened of open.splice(0)) await opened.close();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('shares the cache and gives each claim to exactly one of two instances', async () => {
    const [a, b] = [store(), store()];
    await a.set('sheet:1', { title: 'Flood' }, 60_000);
    expect(await b.get('sheet:1')).toEqual({ title: 'Flood' });
    await a.set('short', 1, 50);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await b.get('short')).toBeUndefined();

    const wins = await Promise.all([a, b, a, b, a, b].map((handle) => handle.claim('event:E1', 60_000)));
    expect(wins.filter(Boolean)).toHaveLength(1);
    // Expired claims can be won again.
    expect(await a.claim('short-claim', 300)).toBe(true);
    expect(await b.claim('short-claim', 300)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await b.claim('short-claim', 300)).toBe(true);
  });

  it('keeps the job journal rules across instances', async () => {
    const reply: ReplyTarget = { kind: 'placeholder', channel: 'C1', threadTs: '1.1', ts: null };
    const job = { id: 'event:E9', team: 'T1', keys: [{ key: 'event:E9', ttlMs: 60_000 }], reply };
    // A lease long enough that a loaded machine still answers the retry below within it (30 ms was not).
    const dying = openRedisJobJournal(store().redis, 500);
    const other = openRedisJobJournal(store().redis, 60_000);
    expect(await dying.accept(job)).toEqual({ outcome: 'accepted' });
    await dying.setReply(job.id, { ...reply, ts: '2.2' });
    // Live owner: a retry to another instance is a duplicate.
    expect(await other.accept(job)).toEqual({ outcome: 'duplicate', key: 'event:E9' });
    await new Promise((resolve) => setTimeout(resolve, 600));
    // The owner stopped renewing: exactly one of two instances takes it, with its placeholder.
    const third = openRedisJobJournal(store().redis, 60_000);
    const [x, y] = await Promise.all([other.takeExpired(), third.takeExpired()]);
    expect([...x, ...y]).toEqual([
      { id: 'event:E9', team: 'T1', owner: expect.any(String), reply: { ...reply, ts: '2.2' } },
    ]);
    const taker = x.length === 1 ? other : third;
    // The first owner wakes (it had stalled, not died) and finishes: the record is the taker's now, so it stays,
    // keys and all.
    expect(await dying.answered(job.id, { release: true })).toBe(false);
    expect(await other.accept(job)).toEqual({ outcome: 'duplicate', key: 'event:E9' });
    expect(await taker.answered(job.id)).toBe(true);
    // Cleared, keys kept: the first owner's late release leaves them, so a retry stays a duplicate.
    expect(await dying.answered(job.id, { release: true })).toBe(true);
    // Answered: the keys still keep a retry out, unless released.
    expect(await other.accept(job)).toEqual({ outcome: 'duplicate', key: 'event:E9' });
    const again = { ...job, id: 'event:E10', keys: [{ key: 'event:E10', ttlMs: 60_000 }] };
    expect(await other.accept(again)).toEqual({ outcome: 'accepted' });
    await other.answered(again.id, { release: true });
    expect(await third.accept(again)).toEqual({ outcome: 'accepted' });
  });

  it('hands a job whose listener died before enqueueing it to the queue, with its work and answer', async () => {
    const reply: ReplyTarget = { kind: 'placeholder', channel: 'C1', threadTs: '3.1', ts: null };
    const dying = createJobLedger(openRedisJobJournal(store().redis, 30), silentLogger());
    const plain = await dying.accept({
      id: 'event:E20',
      team: 'T1',
      keys: [{ key: 'event:E20', ttlMs: 60_000 }],
      reply,
    });
    const queued = await dying.accept({
      id: 'event:E21',
      team: 'T1',
      keys: [{ key: 'event:E21', ttlMs: 60_000 }],
      reply,
    });
    // The listener journaled the second job's work and posted its placeholder, then died (nothing renews).
    await queued?.prepare({ kind: 'mention', source: { kind: 'message', message: { ts: '3.1' } } });
    queued?.placed('3.2');
    expect(plain).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 80));

    const requeued: JournaledJob[] = [];
    const asked: string[] = [];
    const survivor = createJobLedger(openRedisJobJournal(store().redis, 60_000), silentLogger());
    survivor.start(
      async (team) => {
        // The job without work is answered "ask again" with the workspace's client: refused here, and counted.
        asked.push(team);
        throw new Error('no client in this test');
      },
      { requeue: async (job) => void requeued.push(job) },
    );
    try {
      for (let i = 0; i < 100 && (requeued.length === 0 || asked.length === 0); i += 1)
        await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      survivor.stop();
    }
    expect(requeued).toEqual([
      {
        id: 'event:E21',
        team: 'T1',
        owner: expect.any(String),
        reply: { ...reply, ts: '3.2' },
        work: { kind: 'mention', source: { kind: 'message', message: { ts: '3.1' } } },
      },
    ]);
    expect(asked).toEqual(['T1']);
    // Handed to the queue, the job is cleared but its keys stay: a redelivery of the event is a duplicate.
    const later = createJobLedger(openRedisJobJournal(store().redis, 60_000), silentLogger());
    expect(
      await later.accept({ id: 'event:E21', team: 'T1', keys: [{ key: 'event:E21', ttlMs: 60_000 }], reply }),
    ).toBeNull();
  });

  it('fails claims at once while Redis is away, and works again when it is back', async () => {
    const handle = store();
    expect(await handle.claim('before', 60_000)).toBe(true);
    await redis.kill();
    const started = Date.now();
    await expect(handle.claim('during', 60_000)).rejects.toThrow();
    // A cache is allowed to forget: a read is a miss, a write is skipped.
    expect(await handle.get('anything')).toBeUndefined();
    await handle.set('anything', 1);
    expect(Date.now() - started).toBeLessThan(1_000);
    await redis.restart();
    await expect
      .poll(() => handle.claim('after', 60_000).catch(() => 'offline'), { timeout: 8_000, interval: 100 })
      .toBe(true);
  });
});

describe('Redis store that cannot be reached', () => {
  it('says so at start, naming the variable and the host, not hanging', async () => {
    const handle = await openConfiguredStore('redis://127.0.0.1:1');
    await expect(handle.ready?.()).rejects.toThrow(
      /^COPYDESK_STORE: cannot connect to Redis at 127\.0\.0\.1:1 /,
    );
    await handle.close();
  }, 15_000);
});
