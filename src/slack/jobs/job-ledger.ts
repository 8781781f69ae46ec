// The one interface for a job's life: accepted (journaled under its dedupe keys), owned (a lease renewed while
// this process lives), answered (a sheet or a plain sentence, once) and cleared. Before that, an Events API
// delivery is held from its acknowledgement until its listeners are done or the job they accept takes its
// place. What a dead owner left, held deliveries and jobs, is recovered by the next process on the same store
// (job-recovery.ts). The journal is SQLite (one host) or Redis (several instances, issue 10): the same rules
// behind JobJournalBackend.
import type { Logger } from '../../logger.ts';
import type { JobKey, ReplyTarget } from '../../store/job-journal.ts';
import type { JobJournalBackend } from '../../store/job-journal-backend.ts';
import { storeUnavailableReply } from '../replies.ts';
import { deliveryHolder } from './delivery-holder.ts';
import { deliveryInHand, type Held, type HeldDelivery } from './held-delivery.ts';
import {
  answerWith,
  type ClientForTeam,
  isJob,
  journalClearer,
  journalWriter,
  type Replay,
  type Requeue,
  recovery,
} from './job-recovery.ts';

export type { ClientForTeam, RecoveredJob, Replay, Requeue } from './job-recovery.ts';

export interface AcceptedJob {
  readonly id: string;
  /** Where the answer goes; for a job taken over from a dead owner, its placeholder. */
  readonly reply: ReplyTarget;
  /** True when this delivery took over a job whose owner is gone. */
  readonly takenOver: boolean;
  /** The placeholder is posted: a later owner must update it rather than post another. */
  placed(ts: string): void;
  /** The answer is a stream (chat.startStream): if this process dies, the next one stops it with a sentence. */
  streaming(ts: string): void;
  /**
   * What the durable queue needs to run this job (Redis): if this process dies before the job is enqueued,
   * whoever recovers it enqueues it instead of asking the user to try again. Never rejects.
   */
  prepare(work: unknown): Promise<void>;
  /** Answered. `release` when the user was asked to try again, so that trying again is not a duplicate. */
  answered(options?: { release?: boolean }): void;
}

export interface JobLedger {
  readonly durable: boolean;
  /**
   * Null for a duplicate: a delivery whose job is answered, or owned by a live process. Rejects when the journal
   * cannot be reached (Redis away): the caller tells the user to try again.
   */
  accept(job: { id: string; team: string; keys: JobKey[]; reply: ReplyTarget }): Promise<AcceptedJob | null>;
  /**
   * Hold an Events API delivery (its JSON body) from its acknowledgement until its listeners are done, or until
   * a job they accept takes its place. If this process dies in between, whoever recovers it replays it (`replay`
   * in start). Nothing is held where jobs do not survive a restart anyway (memory). Never rejects.
   */
  hold(event: HeldDelivery): Promise<Held>;
  /** A delivery the front door's thread held (by its journal ID), for its listeners to run and let go of. */
  heldBy(id: string): Held;
  /**
   * Renew this process's leases, and answer jobs whose owner died, now and every third of a lease. A job is
   * answered with its workspace's client.
   */
  start(clientFor: ClientForTeam, options?: { requeue?: Requeue; replay?: Replay }): void;
  stop(): void;
}

export function createJobLedger(journal: JobJournalBackend, logger: Logger): JobLedger {
  let timer: NodeJS.Timeout | undefined;
  let clientOf: ClientForTeam | undefined;
  const handle = (id: string, reply: ReplyTarget, takenOver: boolean): AcceptedJob => {
    let current = reply;
    let done = false;
    return {
      id,
      get reply() {
        return current;
      },
      takenOver,
      placed: (ts) => {
        if (current.kind !== 'placeholder' || done) return;
        current = { ...current, ts };
        safely(() => journal.setReply(id, current), 'could not journal the placeholder');
      },
      streaming: (ts) => {
        if (current.kind === 'ephemeral' || done) return;
        current = { kind: 'stream', channel: current.channel, threadTs: current.threadTs, ts };
        safely(() => journal.setReply(id, current), 'could not journal the stream');
      },
      prepare: async (work) => {
        if (done || !journal.setWork) return;
        try {
          await journal.setWork(id, work);
        } catch (error) {
          logger.warn({ err: error, job: id }, 'could not journal the job’s work');
        }
      },
      answered: (options) => {
        if (done) return;
        done = true;
        clear(id, 'job', options);
      },
    };
  };
  // A journal write that fails (Redis away) is logged, never thrown: the answer itself still goes out.
  const safely = journalWriter(logger);
  const clear = journalClearer(journal, logger);
  const holder = deliveryHolder(journal, logger);
  const recover = recovery(journal, logger);

  return {
    durable: journal.durable,
    accept: async (job) => {
      let result: Awaited<ReturnType<JobJournalBackend['accept']>>;
      // Accepted from a held delivery's listeners: the job takes its place in the journal in the same step.
      const consumes = deliveryInHand();
      try {
        result = await journal.accept(consumes ? { ...job, consumes } : job);
      } catch (error) {
        // Redis away: the event is already acknowledged; say so where the answer would have gone, and drop it
        // (its keys were never written, so asking again works once the store is back).
        logger.error({ err: error, job: job.id }, 'could not journal a job; the store is unreachable');
        if (clientOf) {
          await clientOf(job.team)
            .then((client) => answerWith(client, job.reply, storeUnavailableReply(), logger))
            .catch((failure: unknown) =>
              logger.warn({ err: failure }, 'could not tell the user the store is unreachable'),
            );
        }
        return null;
      }
      if (result.outcome === 'duplicate') {
        logger.info({ claim: result.key }, 'duplicate delivery dropped');
        return null;
      }
      // A held delivery has no dedupe keys, so none is ever found through one; a job is.
      if (result.outcome === 'taken' && isJob(result.job)) {
        logger.warn({ job: result.job.id }, 'a retried delivery takes over a job whose owner is gone');
        return handle(result.job.id, result.job.reply, true);
      }
      if (result.outcome === 'taken') return null;
      return handle(job.id, job.reply, false);
    },
    hold: holder.hold,
    heldBy: holder.heldBy,
    start: (clientFor, options = {}) => {
      clientOf = clientFor;
      if (!journal.durable) {
        logger.warn('COPYDESK_STORE=memory: fact sheets in progress do not survive a restart');
      }
      void recover(clientFor, options);
      timer = setInterval(
        () => void recover(clientFor, options),
        Math.max(100, Math.floor(journal.leaseMs / 3)),
      );
      timer.unref();
    },
    stop: () => {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}

/** The placeholder a job already has (taken over from a dead owner), or null when none is posted yet. */
export function placeholderOf(job: AcceptedJob): string | null {
  return job.reply.kind === 'placeholder' ? job.reply.ts : null;
}
