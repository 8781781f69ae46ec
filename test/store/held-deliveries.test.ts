// Issue 10's loss window: an event acknowledged by a process that died before its listeners ran. The gate holds
// each delivery in the job journal until its listeners are done (or the job they accept takes its place);
// whoever recovers it replays it, once, on the SQLite journal (one host) and on Redis (several instances) alike.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.ts';
import { createJobLedger, type Replay } from '../../src/slack/jobs/job-ledger.ts';
import { openJobJournal } from '../../src/store/job-journal.ts';
import type { JobJournalBackend } from '../../src/store/job-journal-backend.ts';
import { openRedisJobJournal } from '../../src/store/redis-job-journal.ts';
import { type RedisStore, redisStore } from '../../src/store/redis-store.ts';
import { redisAvailable, startRedis, type TestRedis } from '../support/redis-server.ts';

const neverCalled = async () => {
  throw new Error('no job is answered here');
};
const delivery = (id: string) => ({
  id,
  team: 'T1',
  body: JSON.stringify({ type: 'event_callback', event_id: id }),
});

/** Every pass of the survivor's recovery, until `check` holds. */
async function until(check: () => boolean, timeoutMs = 3_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function heldDeliveryRules(open: (leaseMs: number) => JobJournalBackend) {
  it('replays, once, a delivery whose process died holding it', async () => {
    const dying = createJobLedger(open(30), silentLogger());
    await dying.hold(delivery('Ev1'));
    // Held and let go in time: nothing is left to replay.
    const letGo = await dying.hold(delivery('Ev2'));
    letGo.release();
    await new Promise((resolve) => setTimeout(resolve, 80));

    const replayed: unknown[] = [];
    const replay: Replay = async (body) => {
      replayed.push(body);
    };
    const survivors = [
      createJobLedger(open(60_000), silentLogger()),
      createJobLedger(open(60_000), silentLogger()),
    ];
    for (const survivor of survivors) survivor.start(neverCalled, { replay });
    await until(() => replayed.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const survivor of survivors) survivor.stop();
    expect(replayed).toEqual([{ type: 'event_callback', event_id: 'Ev1' }]);
  });

  it('is replaced, in the same step, by the job its listeners accept: held or a job, never both', async () => {
    const dying = createJobLedger(open(30), silentLogger());
    const job = (id: string) => ({
      id: `event:${id}`,
      team: 'T1',
      keys: [{ key: `event:${id}`, ttlMs: 60_000 }],
      reply: { kind: 'placeholder' as const, channel: 'C1', threadTs: '1.1', ts: null },
    });
    const held = await dying.hold(delivery('Ev5'));
    await held.within(() => dying.accept(job('Ev5')));
    // A job accepted by other work than this delivery's listeners leaves the delivery held.
    await dying.hold(delivery('Ev6'));
    await dying.accept(job('Ev6'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    const left = await open(60_000).takeExpired();
    // The job keeps its delivery's body; one accepted apart from it has none.
    expect(left.find((entry) => entry.id === 'event:Ev5')?.event).toBe(delivery('Ev5').body);
    expect(left.find((entry) => entry.id === 'event:Ev6')?.event).toBeUndefined();
    const mine = left
      .filter((entry) => /Ev[56]/.test(entry.id))
      .map((entry) => entry.id.replace(/:[0-9a-f-]{36}$/, ''));
    expect(mine.sort()).toEqual(['event:Ev5', 'event:Ev6', 'held:Ev6']);
  });

  it('replays a job that showed nothing yet from its delivery, once, in place of "ask again"', async () => {
    const dying = createJobLedger(open(30), silentLogger());
    const held = await dying.hold(delivery('Ev7'));
    const job = {
      id: 'event:Ev7',
      team: 'T1',
      keys: [{ key: 'event:Ev7', ttlMs: 60_000 }],
      reply: { kind: 'placeholder' as const, channel: 'C1', threadTs: '1.1', ts: null },
    };
    await held.within(() => dying.accept(job));
    await new Promise((resolve) => setTimeout(resolve, 60));

    const survivor = createJobLedger(open(60_000), silentLogger());
    const replayed: unknown[] = [];
    let accepted: unknown;
    survivor.start(neverCalled, {
      replay: async (body) => {
        replayed.push(body);
        // The replay's listener accepts the event again: the dead job is gone, keys and all.
        accepted = await survivor.accept(job);
      },
    });
    await until(() => accepted !== undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    survivor.stop();
    expect(replayed).toEqual([{ type: 'event_callback', event_id: 'Ev7' }]);
    expect(accepted).toMatchObject({ id: 'event:Ev7', takenOver: false });
  });

  it('lets the replayed delivery go once its listeners are done, even when they fail', async () => {
    const dying = createJobLedger(open(30), silentLogger());
    await dying.hold(delivery('Ev3'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    const first = createJobLedger(open(30), silentLogger());
    let runs = 0;
    first.start(neverCalled, {
      replay: async () => {
        runs++;
        throw new Error('a listener failed');
      },
    });
    await until(() => runs === 1);
    first.stop();
    await new Promise((resolve) => setTimeout(resolve, 60));
    // Let go: a later process, after the first one's lease too, finds nothing to replay.
    const later = createJobLedger(open(60_000), silentLogger());
    let again = 0;
    later.start(neverCalled, {
      replay: async () => {
        again++;
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    later.stop();
    expect(again).toBe(0);
  });
}

describe('held deliveries on the SQLite journal', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'copydesk-held-')), 'jobs.sqlite');
  heldDeliveryRules((leaseMs) => openJobJournal(file, leaseMs));

  it('holds nothing where jobs die with the process (memory)', async () => {
    const journal = openJobJournal(':memory:', 30);
    await createJobLedger(journal, silentLogger()).hold(delivery('Ev4'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(journal.takeExpired()).toEqual([]);
  });
});

describe.skipIf(!redisAvailable)('held deliveries on Redis', () => {
  let redis: TestRedis;
  const stores: RedisStore[] = [];
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
    await redis?.stop();
  });
  heldDeliveryRules((leaseMs) => {
    const store = redisStore(redis.url);
    stores.push(store);
    return openRedisJobJournal(store.redis, leaseMs);
  });
});
