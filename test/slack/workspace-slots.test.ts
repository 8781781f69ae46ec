// A workspace's share of the queue, counted in Redis across instances (workspace-slots.ts), on a real redis-server:
// a slot taken is refused to the next job until it is released or its lease runs out; renewing keeps it past its
// lease, and never brings back a job already released.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type WorkspaceSlots, workspaceSlots } from '../../src/slack/jobs/queue/workspace-slots.ts';
import { type RedisStore, redisStore } from '../../src/store/redis-store.ts';
import { redisAvailable, startRedis, type TestRedis } from '../support/redis-server.ts';

describe.skipIf(!redisAvailable)('workspace slots on Redis', () => {
  let redis: TestRedis;
  let store: RedisStore;
  let slots: WorkspaceSlots;
  beforeAll(async () => {
    redis = await startRedis();
    store = redisStore(redis.url);
    slots = workspaceSlots(store.redis);
  });
  afterAll(async () => {
    await store?.close();
    await redis?.stop();
  });

  it('frees a running and a held slot together when the job is released', async () => {
    expect(await slots.hold('T1', 'job-a', 1, 60_000)).toBe(true);
    expect(await slots.run('T1', 'job-a', 1, 60_000)).toBe(true);
    expect(await slots.hold('T1', 'job-b', 1, 60_000)).toBe(false);
    expect(await slots.run('T1', 'job-b', 1, 60_000)).toBe(false);
    await slots.release('T1', 'job-a');
    expect(await slots.hold('T1', 'job-b', 1, 60_000)).toBe(true);
    expect(await slots.run('T1', 'job-b', 1, 60_000)).toBe(true);
    // Another workspace's slots are its own.
    expect(await slots.run('T2', 'job-c', 1, 60_000)).toBe(true);
  });

  it('keeps a renewed job past its first lease, and does not bring back a released one', async () => {
    expect(await slots.hold('T3', 'job-d', 1, 300)).toBe(true);
    expect(await slots.run('T3', 'job-d', 1, 300)).toBe(true);
    await slots.renew('T3', 'job-d', 60_000, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await slots.run('T3', 'job-e', 1, 60_000)).toBe(false);
    expect(await slots.hold('T3', 'job-e', 1, 60_000)).toBe(false);
    await slots.release('T3', 'job-d');
    await slots.renew('T3', 'job-d', 60_000, 60_000);
    expect(await slots.hold('T3', 'job-e', 1, 60_000)).toBe(true);
    expect(await slots.run('T3', 'job-e', 1, 60_000)).toBe(true);
  });

  it('keeps a renewed job when a later one is taken with a shorter lease', async () => {
    expect(await slots.run('T4', 'job-f', 2, 300)).toBe(true);
    await slots.renew('T4', 'job-f', 60_000, 60_000);
    expect(await slots.run('T4', 'job-g', 2, 300)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 400));
    // job-g's lease ran out; job-f's renewed one did not.
    expect(await slots.run('T4', 'job-h', 2, 60_000)).toBe(true);
    expect(await slots.run('T4', 'job-i', 2, 60_000)).toBe(false);
  });
});
