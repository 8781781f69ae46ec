// Issue 10, item 2, at the queue: BullMQ on a real redis-server. A sheet enqueued by one instance is run by
// another's worker; a workspace's bound (COPYDESK_QUEUE_MAX_PER_WORKSPACE) refuses one more; one workspace at its
// running limit does not hold up another's job.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.ts';
import type { QueuedJob } from '../../src/slack/jobs/queue/queued-job.ts';
import { createSheetQueue, type SheetQueue } from '../../src/slack/jobs/queue/sheet-queue.ts';
import { type RedisStore, redisStore } from '../../src/store/redis-store.ts';
import { redisAvailable, startRedis, type TestRedis } from '../support/redis-server.ts';

describe.skipIf(!redisAvailable)('the durable sheet queue', () => {
  let redis: TestRedis;
  const stores: RedisStore[] = [];
  const queues: SheetQueue[] = [];
  const queue = (limits: { perTeam?: number; maxPerTeam?: number; concurrency?: number } = {}) => {
    const store = redisStore(redis.url);
    stores.push(store);
    const opened = createSheetQueue({
      url: redis.url,
      redis: store.redis,
      leaseMs: 5_000,
      perTeam: limits.perTeam ?? 2,
      maxPerTeam: limits.maxPerTeam ?? 20,
      concurrency: limits.concurrency ?? 4,
      holdMs: 60_000,
      logger: silentLogger(),
    });
    queues.push(opened);
    return opened;
  };
  let n = 0;
  const sheet = (team: string): QueuedJob => {
    n += 1;
    return {
      id: `event:Ev${n}`,
      kind: 'mention',
      team,
      channel: 'C1',
      reply: { kind: 'placeholder', threadTs: `${n}.0`, ts: `${n}.1` },
      requestedBy: 'U1',
      requestedAt: Date.now(),
      knownCount: 1,
      source: { kind: 'message', message: { ts: `${n}.0`, text: 'pasted' } as never },
      hintForSingleSource: false,
    };
  };

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterEach(async () => {
    for (const opened of queues.splice(0)) await opened.close(1_000);
    for (const store of stores.splice(0)) await store.close();
    await redis.kill();
    await redis.restart();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('runs on another instance a sheet one instance enqueued, with everything it needs and no token', async () => {
    const listener = queue();
    const worker = queue();
    const ran: QueuedJob[] = [];
    worker.start(
      async (job) => {
        ran.push(job);
      },
      async () => {},
    );
    const queued = sheet('T1');
    expect(await listener.enqueue(queued)).toBe(true);
    await expect.poll(() => ran.length, { timeout: 8_000 }).toBe(1);
    expect(ran[0]).toEqual(queued);
    expect(JSON.stringify(ran[0])).not.toMatch(/xox[bpa]-/);
  });

  it('refuses one more than COPYDESK_QUEUE_MAX_PER_WORKSPACE for a workspace, not for another', async () => {
    const listener = queue({ maxPerTeam: 2 });
    expect(await listener.enqueue(sheet('T1'))).toBe(true);
    expect(await listener.enqueue(sheet('T1'))).toBe(true);
    expect(await listener.enqueue(sheet('T1'))).toBe(false);
    expect(await listener.enqueue(sheet('T2'))).toBe(true);
    expect(await listener.depth()).toBe(3);
  });

  it('keeps a busy workspace to its running limit while another workspace gets a worker', async () => {
    const [a, b] = [queue({ perTeam: 1, concurrency: 2 }), queue({ perTeam: 1, concurrency: 2 })];
    const running = new Map<string, number>();
    let most = 0;
    const started: string[] = [];
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const run = async (job: QueuedJob) => {
      started.push(job.team);
      running.set(job.team, (running.get(job.team) ?? 0) + 1);
      most = Math.max(most, running.get('T1') ?? 0);
      await gate;
      running.set(job.team, (running.get(job.team) ?? 1) - 1);
    };
    a.start(run, async () => {});
    b.start(run, async () => {});
    for (let i = 0; i < 3; i++) await a.enqueue(sheet('T1'));
    await a.enqueue(sheet('T2'));
    // Four worker slots across two instances, but T1 may run one job at a time: T2's starts meanwhile.
    await expect.poll(() => started.includes('T2'), { timeout: 8_000 }).toBe(true);
    expect(started.filter((team) => team === 'T1')).toHaveLength(1);
    release();
    await expect.poll(() => started.length, { timeout: 10_000 }).toBe(4);
    expect(most).toBe(1);
  });
});
