// The journal of accepted jobs: each is written when accepted, with an owner (one process) and a lease the owner
// renews. A process takes over only jobs whose lease has expired, so two processes on one SQLite file never take
// each other's live jobs, and a job whose owner died (kill -9, a crash) is found and answered by the next one.
// One implementation over node:sqlite: a file for the bot's default store, ":memory:" for COPYDESK_STORE=memory
// (the same rules, but nothing survives a restart). Every check-and-write runs in one IMMEDIATE transaction,
// which SQLite serialises across connections and processes.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/** Where a job's answer goes, kept so that whoever finishes the job answers in the same place. */
export type ReplyTarget =
  /** A message in a thread, posted as a placeholder and then updated; `ts` is null until it is posted. */
  | { kind: 'placeholder'; channel: string; threadTs: string; ts: string | null }
  /** Private answers to a slash command through its response_url. */
  | { kind: 'ephemeral'; channel: string; responseUrl: string }
  /**
   * A streamed answer (chat.startStream): a job that dies mid-stream is ended with chat.stopStream, so the
   * message stops showing its steps as still running and says what happened.
   */
  | { kind: 'stream'; channel: string; threadTs: string; ts: string };

/**
 * Not a job yet: an Events API delivery the request gate acknowledged before any listener ran (its JSON body),
 * kept until the listeners are done with it. Whoever finds it orphaned replays it through the listeners, which
 * dedupe it against the job it may already have become.
 */
export interface HeldEvent {
  kind: 'event';
  body: string;
}

/** What a journal entry answers to: a job's reply, or a delivery held before it became one. */
export type JournalTarget = ReplyTarget | HeldEvent;

export interface JournaledJob {
  id: string;
  team: string;
  owner: string;
  reply: JournalTarget;
  /**
   * What a durable queue needs to run the job (Redis only), written once the listener knows it: a job whose
   * listener died before enqueueing it is enqueued by whoever recovers it, rather than answered "ask again".
   */
  work?: unknown;
  /**
   * The delivery the job came from (HeldEvent.body), kept when it took the held delivery's place: a job whose
   * owner died before it showed anything is replayed from it rather than answered "ask again".
   */
  event?: string;
}

export interface JobToAccept {
  id: string;
  team: string;
  keys: JobKey[];
  reply: JournalTarget;
  consumes?: string;
}

/** A delivery's dedupe key, with how long it keeps later deliveries with the same key out. */
export interface JobKey {
  key: string;
  ttlMs: number;
}

export type Acceptance =
  | { outcome: 'accepted' }
  /** Owned by a live process, or already answered: a retry or a duplicate. */
  | { outcome: 'duplicate'; key: string }
  /** Its owner is gone (lease expired): the job is now ours, to answer where it was being answered. */
  | { outcome: 'taken'; job: JournaledJob };

export interface JobJournal {
  /** False for ":memory:": jobs die with the process. */
  readonly durable: boolean;
  /** This process's owner ID. */
  readonly owner: string;
  readonly leaseMs: number;
  /**
   * `consumes`: the held delivery (HeldEvent) this job comes from, dropped in the same step when the job is
   * accepted or taken over, so that a delivery is held or journaled as a job, never both; the job keeps its
   * body (JournaledJob.event).
   */
  accept(job: JobToAccept): Acceptance;
  /** Record where the answer now is (the placeholder's ts once posted). */
  setReply(id: string, reply: ReplyTarget): void;
  /**
   * The job is answered: its record goes. Its keys stay (a retry or an edit is still a duplicate) unless
   * `release`: when the user was asked to try again, trying again must work. Only its owner clears it: a process
   * that stalled past its lease and wakes to finish must not delete a record another process took over (were
   * that one to die too, nobody would recover the job). False when that is what happened. A record already gone
   * keeps its keys, `release` or not.
   */
  answered(id: string, options?: { release?: boolean }): boolean;
  /** Extend the lease of every job this process owns. */
  renew(): void;
  /** Take every job whose lease expired; each is returned to exactly one caller across processes. */
  takeExpired(): JournaledJob[];
  close(): void;
}

interface JobRow {
  id: string;
  team: string;
  owner: string;
  lease_until: number;
  reply: string;
  event: string | null;
}

/** `owner`: another thread of this process sharing its leases (the front door's); by default, a new one. */
export function openJobJournal(
  path: string,
  leaseMs: number,
  owner = `${process.pid}-${randomUUID()}`,
): JobJournal {
  const durable = path !== ':memory:';
  if (durable) mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path, { timeout: 5_000 });
  // WAL with synchronous=NORMAL: a commit is an append to the WAL with no fsync (only checkpoints sync). It
  // survives a crash or kill -9 of the process, which is what the journal is for (a power cut can lose the last
  // commits). With the default FULL, each accept/answered fsynced on the event loop: ~8 ms an event under load,
  // the largest part of the bot's ack delay (bench: ack p99 / bare Bolt).
  if (durable) db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL');
  db.exec(`CREATE TABLE IF NOT EXISTS copydesk_jobs (
    id TEXT PRIMARY KEY, team TEXT NOT NULL, owner TEXT NOT NULL, lease_until INTEGER NOT NULL,
    reply TEXT NOT NULL, accepted_at INTEGER NOT NULL)`);
  // Journals written before jobs kept their delivery lack the column.
  const columns = db.prepare('PRAGMA table_info(copydesk_jobs)').all() as { name: string }[];
  if (!columns.some((column) => column.name === 'event'))
    db.exec('ALTER TABLE copydesk_jobs ADD COLUMN event TEXT');
  db.exec(`CREATE TABLE IF NOT EXISTS copydesk_job_keys (
    key TEXT PRIMARY KEY, job TEXT NOT NULL, expires INTEGER NOT NULL)`);
  const sql = {
    purgeKey: db.prepare('DELETE FROM copydesk_job_keys WHERE key = ? AND expires <= ?'),
    keyJob: db.prepare('SELECT job FROM copydesk_job_keys WHERE key = ?'),
    job: db.prepare('SELECT id, team, owner, lease_until, reply, event FROM copydesk_jobs WHERE id = ?'),
    // The held delivery's body (its reply, a HeldEvent) moves to the job that takes its place.
    consume: db.prepare(
      `UPDATE copydesk_jobs SET event = (SELECT json_extract(reply, '$.body') FROM copydesk_jobs WHERE id = ?)
       WHERE id = ? AND EXISTS (SELECT 1 FROM copydesk_jobs WHERE id = ?)`,
    ),
    insertKey: db.prepare('INSERT OR REPLACE INTO copydesk_job_keys (key, job, expires) VALUES (?, ?, ?)'),
    insertJob: db.prepare(
      'INSERT OR REPLACE INTO copydesk_jobs (id, team, owner, lease_until, reply, accepted_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    take: db.prepare('UPDATE copydesk_jobs SET owner = ?, lease_until = ? WHERE id = ? AND lease_until <= ?'),
    setReply: db.prepare('UPDATE copydesk_jobs SET reply = ? WHERE id = ? AND owner = ?'),
    deleteJob: db.prepare('DELETE FROM copydesk_jobs WHERE id = ?'),
    ownerOf: db.prepare('SELECT owner FROM copydesk_jobs WHERE id = ?'),
    releaseKeys: db.prepare('DELETE FROM copydesk_job_keys WHERE job = ?'),
    renew: db.prepare('UPDATE copydesk_jobs SET lease_until = ? WHERE owner = ?'),
    expired: db.prepare(
      'SELECT id, team, owner, lease_until, reply, event FROM copydesk_jobs WHERE lease_until <= ?',
    ),
    purgeKeys: db.prepare('DELETE FROM copydesk_job_keys WHERE expires <= ?'),
  };
  const transaction = <T>(work: () => T): T => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  };
  const consume = (held: string, job: string): void => {
    sql.consume.run(held, job, held);
    sql.deleteJob.run(held);
  };
  const takeRow = (row: JobRow, now: number): JournaledJob | null => {
    if (Number(sql.take.run(owner, now + leaseMs, row.id, now).changes) !== 1) return null;
    return {
      id: row.id,
      team: row.team,
      owner,
      reply: JSON.parse(row.reply) as JournalTarget,
      ...(row.event ? { event: row.event } : {}),
    };
  };

  return {
    durable,
    owner,
    leaseMs,
    accept: (job) =>
      transaction((): Acceptance => {
        const now = Date.now();
        for (const { key } of job.keys) {
          sql.purgeKey.run(key, now);
          const held = sql.keyJob.get(key) as { job: string } | undefined;
          if (!held) continue;
          const row = sql.job.get(held.job) as JobRow | undefined;
          // Answered (no record) or owned by a live process: this delivery is a duplicate.
          if (!row || row.lease_until > now) return { outcome: 'duplicate', key };
          const taken = takeRow(row, now);
          if (taken && job.consumes) consume(job.consumes, row.id);
          return taken ? { outcome: 'taken', job: taken } : { outcome: 'duplicate', key };
        }
        for (const { key, ttlMs } of job.keys) sql.insertKey.run(key, job.id, now + ttlMs);
        sql.insertJob.run(job.id, job.team, owner, now + leaseMs, JSON.stringify(job.reply), now);
        if (job.consumes) consume(job.consumes, job.id);
        return { outcome: 'accepted' };
      }),
    setReply: (id, reply) => {
      sql.setReply.run(JSON.stringify(reply), id, owner);
    },
    answered: (id, options = {}) =>
      transaction(() => {
        const row = sql.ownerOf.get(id) as { owner: string } | undefined;
        if (row && row.owner !== owner) return false;
        // Already cleared (by whoever took it over, keys kept): releasing them now would let a retry in again.
        if (!row) return true;
        sql.deleteJob.run(id);
        if (options.release) sql.releaseKeys.run(id);
        return true;
      }),
    renew: () => {
      sql.renew.run(Date.now() + leaseMs, owner);
    },
    takeExpired: () =>
      transaction(() => {
        const now = Date.now();
        sql.purgeKeys.run(now);
        const rows = sql.expired.all(now) as unknown as JobRow[];
        return rows.map((row) => takeRow(row, now)).filter((job): job is JournaledJob => job !== null);
      }),
    close: () => {
      if (db.isOpen) db.close();
    },
  };
}
