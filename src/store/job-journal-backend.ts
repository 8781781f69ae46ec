// What the job ledger needs from a journal, whatever keeps it: the SQLite journal answers at once (its type,
// JobJournal, stays synchronous for its own tests), the Redis journal answers over the network.
import type { Acceptance, JobToAccept, JournaledJob, ReplyTarget } from './job-journal.ts';

type Awaitable<T> = T | Promise<T>;

export interface JobJournalBackend {
  readonly durable: boolean;
  readonly owner: string;
  readonly leaseMs: number;
  accept(job: JobToAccept): Awaitable<Acceptance>;
  setReply(id: string, reply: ReplyTarget): Awaitable<void>;
  /** Keep what a queue needs to run the job (JournaledJob.work). Absent where there is no queue (SQLite). */
  setWork?(id: string, work: unknown): Awaitable<void>;
  /** False when another process had taken the job over: its record is left to that one (JobJournal.answered). */
  answered(id: string, options?: { release?: boolean }): Awaitable<boolean>;
  renew(): Awaitable<void>;
  takeExpired(): Awaitable<JournaledJob[]>;
  close(): void;
}
