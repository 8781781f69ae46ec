// Durable fact-sheet jobs on BullMQ (COPYDESK_STORE=redis://…): the second backend of the job layer, for every
// kind of request (mention, reaction, DM or pane, /factsheet). A listener accepts the event (the job journal
// dedupes it), starts the answer (placeholder or stream) and enqueues everything needed to finish (workspace,
// channel, where the answer is, what to read, who asked; never a token); any instance's worker runs it. A worker
// killed mid-job stops renewing its BullMQ lock: after `lockDuration` the stalled-job check of any worker (every
// `stalledInterval`) puts the job back to wait and another worker runs it again, in the same placeholder or
// stream, so the user still gets exactly one sheet. Both are COPYDESK_JOB_LEASE_MS, the embedded journal's
// lease. A job that stalls a third time (maxStalledCount 2), or throws on every try, is given up and its answer
// says so. The queue's depth and each job's wait (enqueue → start) and run time go to the logs.
import { DelayedError, type Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from '../../../logger.ts';
import type { RedisConnection } from '../../../store/redis-client.ts';
import { currentShape, type QueuedJob } from './queued-job.ts';
import { type WorkspaceSlots, workspaceSlots } from './workspace-slots.ts';

const QUEUE_NAME = 'copydesk-sheets';
/** Tries for a job that throws (the job itself turns failures into a sentence; a throw is Redis or a bug). */
const ATTEMPTS = 3;
/** How often the queue's depth is logged while it changes. */
const DEPTH_LOG_MS = 30_000;

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

/** How a worker came to run a job: its first run, or a takeover (after a stall, or a try that threw). */
export interface QueuedAttempt {
  /** Not the first run: the answer may have landed already (answer-tag.ts), and is read back before writing. */
  takenOver: boolean;
}

export interface SheetQueue {
  /** False when the workspace already has `maxPerTeam` jobs waiting or running. Rejects when Redis is away. */
  enqueue(sheet: QueuedJob): Promise<boolean>;
  /** Start this instance's worker. `giveUp` answers a job that will not be tried again. */
  start(
    run: (sheet: QueuedJob, attempt: QueuedAttempt) => Promise<void>,
    giveUp: (sheet: QueuedJob) => Promise<void>,
  ): void;
  /** Jobs waiting across every instance (for the logs). */
  depth(): Promise<number>;
  /** Resolves when the queue's Redis answers a PING within a second; rejects otherwise (GET /readyz). */
  ping(): Promise<void>;
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
  const queue = new Queue<QueuedJob>(QUEUE_NAME, {
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
  let worker: Worker<QueuedJob> | undefined;
  let workerConnection: Redis | undefined;

  // The queue's depth, across every instance, in the logs: with each job queued, and every half minute while it
  // changes (a backlog that grows is the sign to add instances).
  const logDepth = async (message: string, fields: Record<string, unknown> = {}): Promise<void> => {
    const counts = await queue.getJobCounts('waiting', 'delayed', 'active');
    logger.info(
      { ...fields, waiting: counts.waiting, delayed: counts.delayed, active: counts.active },
      message,
    );
  };
  let depthTimer: NodeJS.Timeout | undefined;

  const handle = async (
    job: Job<QueuedJob>,
    token: string | undefined,
    run: (sheet: QueuedJob, attempt: QueuedAttempt) => Promise<void>,
  ) => {
    const sheet = currentShape(job.data);
    // Per-workspace fairness: a job whose workspace already runs `perTeam` jobs (on any instance) goes back to
    // wait a moment, so this worker's slots go to other workspaces meanwhile.
    if (!(await slots.run(sheet.team, sheet.id, options.perTeam, options.leaseMs))) {
      await job.moveToDelayed(Date.now() + 200 + Math.floor(Math.random() * 300), token);
      throw new DelayedError();
    }
    const started = Date.now();
    // Enqueued → started: the queue's own overhead when it is empty, the backlog when it is not (a job run
    // again after its worker died counts from its first enqueue).
    const timing = { job: sheet.id, kind: sheet.kind, team: sheet.team, waitedMs: started - job.timestamp };
    logger.info({ ...timing, attempt: job.attemptsMade + 1 }, 'queued fact sheet started');
    const renew = setInterval(
      () =>
        void slots
          .renew(sheet.team, sheet.id, options.leaseMs, options.holdMs)
          .catch((error: unknown) => logger.warn({ err: error }, 'could not renew a workspace slot')),
      Math.max(100, Math.floor(options.leaseMs / 3)),
    );
    try {
      // A stall moved it back to wait (its worker died or froze), or an earlier try threw: either may have written
      // the answer before it stopped. A fairness delay (moveToDelayed above) counts as neither.
      await run(sheet, { takenOver: job.stalledCounter > 0 || job.attemptsMade > 0 });
      logger.info({ ...timing, runMs: Date.now() - started }, 'queued fact sheet done');
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
      void logDepth('fact sheet queued', { job: sheet.id, kind: sheet.kind, team: sheet.team }).catch(
        () => {},
      );
      return true;
    },
    start: (run, giveUp) => {
      workerConnection = new Redis(options.url, { maxRetriesPerRequest: null });
      workerConnection.on('error', () => {});
      worker = new Worker<QueuedJob>(QUEUE_NAME, (job, token) => handle(job, token, run), {
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
        const sheet = currentShape(job.data);
        const final = job.attemptsMade >= ATTEMPTS || /stalled more than/.test(error.message);
        logger.error({ err: error, job: sheet.id, kind: sheet.kind, final }, 'queued fact sheet failed');
        if (!final) return;
        void slots.release(sheet.team, sheet.id).catch(() => {});
        void giveUp(sheet).catch((failure: unknown) =>
          logger.error({ err: failure }, 'could not answer a given-up fact sheet'),
        );
      });
      let lastDepth = '';
      depthTimer = setInterval(() => {
        queue
          .getJobCounts('waiting', 'delayed', 'active')
          .then((counts) => {
            const now = `${counts.waiting}/${counts.delayed}/${counts.active}`;
            if (now === lastDepth) return;
            lastDepth = now;
            logger.info(
              { waiting: counts.waiting, delayed: counts.delayed, active: counts.active },
              'queue depth',
            );
          })
          .catch(() => {});
      }, DEPTH_LOG_MS);
      depthTimer.unref();
    },
    depth: () => queue.getWaitingCount(),
    ping: async () => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('the queue’s Redis did not answer in 1 s')), 1_000);
      });
      try {
        // No offline queue on this connection: a PING while Redis is away fails at once.
        await Promise.race([producer.ping(), late]);
      } finally {
        clearTimeout(timer);
      }
    },
    close: async (graceMs) => {
      if (depthTimer) clearInterval(depthTimer);
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
