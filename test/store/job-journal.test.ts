// Issue 9, item 3: the job journal. Two journals on one SQLite file stand for two processes (each has its own
// connection, as a process would): neither takes the other's live jobs; a job whose owner stopped renewing is
// taken over exactly once; an answered job keeps its keys unless the user was asked to try again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type JobJournal, openJobJournal, type ReplyTarget } from '../../src/store/job-journal.ts';

let dir: string;
const open: JobJournal[] = [];
const journal = (leaseMs: number): JobJournal => {
  const opened = openJobJournal(join(dir, 'copydesk.sqlite'), leaseMs);
  open.push(opened);
  return opened;
};
const reply: ReplyTarget = { kind: 'placeholder', channel: 'C1', threadTs: '1.1', ts: null };
const job = (n: number) => ({
  id: `event:E${n}`,
  team: 'T1',
  keys: [
    { key: `event:E${n}`, ttlMs: 3_600_000 },
    { key: `mention:C1:${n}`, ttlMs: 86_400_000 },
  ],
  reply,
});
/** A lease of one millisecond is over by the time anyone else looks: its owner is as good as dead. */
const dead = async () => {
  const gone = journal(1);
  await new Promise((resolve) => setTimeout(resolve, 5));
  return gone;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-journal-'));
});
afterEach(() => {
  for (const opened of open.splice(0)) opened.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the job journal', () => {
  it('treats a delivery of a live job as a duplicate, and leaves the job to its owner', () => {
    const a = journal(60_000);
    const b = journal(60_000);
    expect(a.accept(job(1)).outcome).toBe('accepted');
    expect(b.accept(job(1)).outcome).toBe('duplicate');
    expect(b.accept({ ...job(2), keys: [{ key: 'mention:C1:1', ttlMs: 1_000 }] }).outcome).toBe('duplicate');
    expect(b.takeExpired()).toEqual([]);
  });

  it('lets a retried delivery take up a job whose owner is gone, with the placeholder it had posted', async () => {
    const gone = journal(1);
    gone.accept(job(1));
    gone.setReply('event:E1', { ...reply, ts: '9.9' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const next = journal(60_000);
    const taken = next.accept(job(1));
    expect(taken).toMatchObject({ outcome: 'taken', job: { id: 'event:E1', reply: { ts: '9.9' } } });
    expect(next.accept(job(1)).outcome).toBe('duplicate');
  });

  it('hands each orphaned job to exactly one of several processes', async () => {
    const gone = await dead();
    for (let n = 1; n <= 6; n++) gone.accept(job(n));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const [b, c] = [journal(60_000), journal(60_000)];
    const byB = b.takeExpired().map((taken) => taken.id);
    const byC = c.takeExpired().map((taken) => taken.id);
    expect([...byB, ...byC].sort()).toEqual([1, 2, 3, 4, 5, 6].map((n) => `event:E${n}`).sort());
    expect(byC).toEqual([]);
  });

  it('renews its own leases only', async () => {
    const a = journal(60_000);
    a.accept(job(1));
    const b = journal(1);
    b.accept(job(2));
    a.renew();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(
      journal(60_000)
        .takeExpired()
        .map((taken) => taken.id),
    ).toEqual(['event:E2']);
  });

  it('leaves a job another process took over to it, when its first owner wakes and answers', async () => {
    const stalled = journal(1);
    stalled.accept(job(1));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const taker = journal(1);
    expect(taker.takeExpired().map((taken) => taken.id)).toEqual(['event:E1']);
    expect(stalled.answered('event:E1', { release: true })).toBe(false);
    // Still journaled, keys and all: the taker dies as well, and Slack's retry takes the job up again.
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(journal(60_000).accept(job(1)).outcome).toBe('taken');
  });

  it('keeps the keys of a job already cleared, when its stalled first owner answers it late', async () => {
    const stalled = journal(1);
    stalled.accept(job(1));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const taker = journal(60_000);
    taker.takeExpired();
    taker.answered('event:E1');
    // The first owner wakes and asks to release the keys: a retry of the event must stay a duplicate.
    expect(stalled.answered('event:E1', { release: true })).toBe(true);
    expect(journal(60_000).accept(job(1)).outcome).toBe('duplicate');
  });

  it('keeps an answered job’s keys, or releases them when the user was asked to try again', () => {
    const a = journal(60_000);
    a.accept(job(1));
    a.answered('event:E1');
    expect(a.accept(job(1)).outcome).toBe('duplicate');
    a.accept(job(2));
    a.answered('event:E2', { release: true });
    expect(a.accept(job(2)).outcome).toBe('accepted');
  });

  it('opens a journal written before jobs kept their delivery, and goes on with its jobs', async () => {
    const old = new DatabaseSync(join(dir, 'copydesk.sqlite'));
    old.exec(`CREATE TABLE copydesk_jobs (
      id TEXT PRIMARY KEY, team TEXT NOT NULL, owner TEXT NOT NULL, lease_until INTEGER NOT NULL,
      reply TEXT NOT NULL, accepted_at INTEGER NOT NULL)`);
    old
      .prepare('INSERT INTO copydesk_jobs VALUES (?, ?, ?, ?, ?, ?)')
      .run('event:E70', 'T1', 'gone', 0, JSON.stringify(reply), 0);
    old.close();
    const taken = journal(30_000).takeExpired();
    expect(taken).toEqual([{ id: 'event:E70', team: 'T1', owner: expect.any(String), reply }]);
  });
});
