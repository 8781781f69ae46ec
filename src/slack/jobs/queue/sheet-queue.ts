// Durable fact-sheet jobs on BullMQ (COPYDESK_STORE=redis://…): the second backend of the job layer. A listener
// accepts the event (the job journal dedupes it), posts the placeholder and enqueues everything needed to finish
// (workspace, channel, thread, placeholder, what to read, who asked; never a token); any instance's worker runs
// it. A worker killed mid-job stops renewing its BullMQ lock: after `lockDuration` the stalled-job check of any
// worker (every `stalledInterval`) puts the job back to wait and another worker runs it again, updating the same
// placeholder, so the user still gets exactly one sheet. Both are COPYDESK_JOB_LEASE_MS, the embedded journal's
// lease. A job that stalls a third time (maxStalledCount 2), or throws on every try, is given up and its
// placeholder says so.
import { DelayedError, type Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from '../../../logger.ts';
import type { RedisConnection } from '../../../store/redis-client.ts';
import type { SelfIds, SlackMessageLike } from '../../gather/slack-message.ts';
import { type WorkspaceSlots, workspaceSlots } from './workspace-slots.ts';

const QUEUE_NAME = 'copydesk-sheets';
/** Tries for a job that throws (the job itself turns failures into a sentence; a throw is Redis or a bug). */
const ATTEMPTS = 3;

/** Everything a worker on any instance needs to finish a sheet. No token: the worker has its own client. */
export interface QueuedSheet {
  id: string;
  team: string;
  /** The team's Enterprise Grid org, if any: an org-wide installation is kept under it. */
  enterprise?: string | null;
  channel: string;
  threadTs: string;
  placeholderTs: string;
  requestedBy: string | null;
  /** When the request was accepted: the sheet's deadline counts from here, time queued included. */
  requestedAt: number;
  knownCount: number | null;
  source: { kind: 'message'; message: SlackMessageLike } | { kind: 'thread'; self: SelfIds };
}

export interface SheetQueueOptions {
  url: string;
  redis: RedisConnection;
  leaseMs: number;
  /** Jobs of one workspace running at once, across every instance (SLACK_JOBS_PER_WORKSPACE). */
  perTeam: number;
  /** Jobs of one workspace waiting or running, across every instance (COPYDESK_QUEUE_MAX_PER_WORKSPACE). */
  maxPerTeam: number;
  /** Jobs this instance's worker runs at once, all workspaces together. */
  concurrency: number;
  /** How long a queued job may count against its workspace's bound before it is presumed lost. */
  holdMs: number;
  logger: Logger;
}

export interface SheetQueue {
  /** False when the workspace already has `maxPerTeam` jobs waiting or running. Rejects when Redis is away. */
  enqueue(sheet: QueuedSheet): Promise<boolean>;
  /** Start this instance's worker. `giveUp` answers a job that will not be tried again. */
  start(run: (sheet: QueuedSheet) => Promise<void>, giveUp: (sheet: QueuedSheet) => Promise<void>): void;
  /** Jobs waiting across every instance (for the logs). */
  depth(): Promise<number>;
  /** Stop taking jobs; running ones get `graceMs`, then are left to another instance (stalled recovery). */
  close(graceMs: number): Promise<{ finished: boolean }>;
}

export function createSheetQueue(options: SheetQueueOptions): SheetQueue {
  const { logger } = options;
  const slots: WorkspaceSlots = workspaceSlots(options.redis);
  // Enqueueing fails fast while Redis is away (no offline queue), like the journal: the listener then says so.
  const producer = new Redis(options.url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    lazyConnect: false,
  });
  producer.on('error', () => {});
  const queue = new Queue<QueuedSheet>(QUEUE_NAME, {
    connection: producer,
    defaultJobOptions: {
      attempts: ATTEMPTS,
      backoff: { type: 'exponential', delay: 2_000 },
      // Finished jobs are kept a while for inspection, then removed.
      removeOnComplete: { age: 3_600, count: 1_000 },
      removeOnFail: { age: 24 * 3_600 },
    },
  });
  queue.on('error', (error) => logger.debug({ err: error }, 'queue connection problem'));
  let worker: Worker<QueuedSheet> | undefined;
  let workerConnection: Redis | undefined;

  const handle = async (
    job: Job<QueuedSheet>,
    token: string | undefined,
    run: (sheet: QueuedSheet) => Promise<void>,
  ) => {
    const sheet = job.data;
    // Per-workspace fairness: a job whose workspace already runs `perTeam` jobs (on any instance) goes back to
    // wait a moment, so this worker's slots go to other workspaces meanwhile.
    if (!(await slots.run(sheet.team, sheet.id, options.perTeam, options.leaseMs))) {
      await job.moveToDelayed(Date.now() + 200 + Math.floor(Math.random() * 300), token);
      throw new DelayedError();
    }
    const started = Date.now();
    logger.info(
      { job: sheet.id, team: sheet.team, waitedMs: started - job.timestamp },
      'queued fact sheet started',
    );
    const renew = setInterval(
      () =>
        void slots
          .renew(sheet.team, sheet.id, options.leaseMs, options.holdMs)
          .catch((error: unknown) => logger.warn({ err: error }, 'could not renew a workspace slot')),
      Math.max(100, Math.floor(options.leaseMs / 3)),
    );
    try {
      await run(sheet);
      logger.info({ job: sheet.id, team: sheet.team, ms: Date.now() - started }, 'queued fact sheet done');
    } finally {
      clearInterval(renew);
      await slots.release(sheet.team, sheet.id).catch(() => {});
    }
  };

  return {
    enqueue: async (sheet) => {
      if (!(await slots.hold(sheet.team, sheet.id, options.maxPerTeam, options.holdMs))) return false;
      try {
        // The job id is the event's: a second enqueue of the same event is ignored by BullMQ.
        await queue.add('sheet', sheet, { jobId: sheet.id.replaceAll(':', '-') });
      } catch (error) {
        await slots.release(sheet.team, sheet.id).catch(() => {});
        throw error;
      }
      return true;
    },
    start: (run, giveUp) => {
      workerConnection = new Redis(options.url, { maxRetriesPerRequest: null });
      workerConnection.on('error', () => {});
      worker = new Worker<QueuedSheet>(QUEUE_NAME, (job, token) => handle(job, token, run), {
        connection: workerConnection,
        concurrency: options.concurrency,
        lockDuration: options.leaseMs,
        stalledInterval: options.leaseMs,
        maxStalledCount: 2,
      });
      worker.on('error', (error) => logger.warn({ err: error }, 'queue worker problem'));
      worker.on('stalled', (id) =>
        logger.warn({ job: id }, 'a queued fact sheet lost its worker; taken over'),
      );
      worker.on('failed', (job, error) => {
        if (!job) return;
        const final = job.attemptsMade >= ATTEMPTS || /stalled more than/.test(error.message);
        logger.error({ err: error, job: job.data.id, final }, 'queued fact sheet failed');
        if (!final) return;
        void slots.release(job.data.team, job.data.id).catch(() => {});
        void giveUp(job.data).catch((failure: unknown) =>
          logger.error({ err: failure }, 'could not answer a given-up fact sheet'),
        );
      });
    },
    depth: () => queue.getWaitingCount(),
    close: async (graceMs) => {
      let finished = true;
      if (worker) {
        const current = worker;
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<'late'>((resolve) => {
          timer = setTimeout(() => resolve('late'), graceMs);
        });
        // close() stops fetching at once and waits for the running jobs; past the grace they are left active,
        // their locks lapse, and another instance takes them over. Waiting jobs simply stay queued.
        const closing = current.close();
        closing.catch(() => {});
        if ((await Promise.race([closing, late])) === 'late') {
          // A second close() returns the first one's promise, which waits for the running jobs: do not wait for
          // it. Dropping the connections stops the lock renewals, and another instance takes those jobs over.
          finished = false;
        }
        clearTimeout(timer);
      }
      await queue.close().catch(() => {});
      workerConnection?.disconnect();
      producer.disconnect();
      return { finished };
    },
  };
}
