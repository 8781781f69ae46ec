// Recovery: one pass over the journal's entries whose owner died (its lease ran out), now owned by this process.
// A held delivery is replayed through the listeners. A job whose work was journaled is enqueued (Redis). A job
// that showed nothing yet and kept its delivery is replayed. Any other job is answered "ask again" where it had
// started its answer. The job ledger runs a pass at start and every third of a lease.
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../logger.ts';
import type { HeldEvent, JournaledJob, ReplyTarget } from '../../store/job-journal.ts';
import type { JobJournalBackend } from '../../store/job-journal-backend.ts';
import { InstallationError } from '../oauth/installation-store.ts';
import { type Reply, shutdownReply } from '../replies.ts';
import { respondTo } from '../web/response-url.ts';
import { threadDestination } from './destinations.ts';
import { withDeliveryInHand } from './held-delivery.ts';
import { stopInterruptedStream } from './stream-destination.ts';
import { answerPlaceOf, takenOverAnswer } from './taken-over-answer.ts';

/** Enqueue a recovered job from its journaled work (JournaledJob.work); rejects to leave it for a later pass. */
export type Requeue = (job: RecoveredJob) => Promise<void>;

/** Run a held delivery through the listeners again (App.processEvent); resolves when they are done. */
export type Replay = (body: Record<string, unknown>) => Promise<void>;

/** A journaled job, as opposed to a held delivery. */
export type RecoveredJob = JournaledJob & { reply: ReplyTarget };

/** The Web API client holding a workspace's token (WorkspaceClients.forTeam). */
export type ClientForTeam = (team: string) => Promise<WebClient>;

export type RecoveryPass = (
  clientFor: ClientForTeam,
  options?: { requeue?: Requeue; replay?: Replay },
) => Promise<void>;

export function recovery(journal: JobJournalBackend, logger: Logger): RecoveryPass {
  const clear = journalClearer(journal, logger);
  // Ours now, under a lease we renew: let go once the listeners are done, however they end. A replay that fails
  // is not tried again: its listeners ran, and a second run could answer twice. `held` false: a job's kept
  // delivery, replayed with nothing held (the job's record is gone already).
  const replayHeld = (
    orphan: JournaledJob,
    event: HeldEvent,
    replay: Replay | undefined,
    held = true,
  ): void => {
    logger.warn({ job: orphan.id, team: orphan.team }, 'replaying a delivery whose listener is gone');
    const release = () => {
      if (held) clear(orphan.id, 'delivery');
    };
    const failed = (error: unknown) => {
      logger.error({ err: error, job: orphan.id }, 'a replayed delivery failed');
      release();
    };
    if (!replay) {
      release();
      return;
    }
    try {
      const body = JSON.parse(event.body) as Record<string, unknown>;
      const run = () => replay(body);
      (held ? withDeliveryInHand(orphan.id, run) : run()).then(release, failed);
    } catch (error) {
      failed(error);
    }
  };

  return async (clientFor, { requeue, replay } = {}) => {
    let orphans: Awaited<ReturnType<JobJournalBackend['takeExpired']>> = [];
    try {
      await journal.renew();
      orphans = await journal.takeExpired();
    } catch (error) {
      logger.error({ err: error }, 'could not renew or recover jobs');
      return;
    }
    for (const orphan of orphans) {
      if (!isJob(orphan)) {
        if (orphan.reply.kind === 'event') replayHeld(orphan, orphan.reply, replay);
        continue;
      }
      if (orphan.work !== undefined && requeue) {
        // Its listener died between accepting it and handing it to the queue: the queue gets it now, and the
        // user gets the sheet in the answer already started (or a new placeholder), not "ask again".
        logger.warn({ job: orphan.id, team: orphan.team }, 'enqueueing a job whose listener is gone');
        try {
          await requeue(orphan);
          await journal.answered(orphan.id);
        } catch (error) {
          logger.error({ err: error, job: orphan.id }, 'could not enqueue a recovered job');
        }
        continue;
      }
      // Nothing shown yet, and its delivery kept: the event is replayed as if it had just arrived (its job goes,
      // keys and all, so the replay is not a duplicate of it), rather than answered "ask again".
      if (orphan.event !== undefined && replay && !shown(orphan.reply)) {
        try {
          await journal.answered(orphan.id, { release: true });
          replayHeld(orphan, { kind: 'event', body: orphan.event }, replay, false);
        } catch (error) {
          logger.error({ err: error, job: orphan.id }, 'could not replay a recovered job');
        }
        continue;
      }
      logger.warn({ job: orphan.id, team: orphan.team }, 'answering a job whose owner is gone');
      try {
        const client = await clientFor(orphan.team).catch((error: unknown) => {
          // Uninstalled (or unreadable): there is no answering there, now or later; anything else is retried.
          if (error instanceof InstallationError && error.problem !== 'unreachable') return null;
          throw error;
        });
        if (client && (await alreadyAnswered(client, orphan, logger))) {
          // Its owner died after the answer landed but before clearing it: cleared now, keys kept (a redelivery
          // of the event is still a duplicate), and the sheet is not replaced by "ask again".
          await journal.answered(orphan.id);
          continue;
        }
        if (client) await answerInterrupted(client, orphan.reply, logger);
        else
          logger.warn(
            { job: orphan.id, team: orphan.team },
            'a recovered job is dropped: no usable installation',
          );
        await journal.answered(orphan.id, { release: true });
      } catch (error) {
        // Left in the journal with our lease: it expires and the next pass (ours or another process's) retries.
        logger.error({ err: error, job: orphan.id }, 'could not answer a recovered job');
      }
    }
  };
}

/** A journal write whose failure (Redis away) is logged, never thrown: the answer itself still goes out. */
export function journalWriter(logger: Logger): (work: () => unknown, message: string) => void {
  return (work, message) => {
    try {
      const result = work();
      if (result instanceof Promise) result.catch((error: unknown) => logger.error({ err: error }, message));
    } catch (error) {
      logger.error({ err: error }, message);
    }
  };
}

/**
 * Clear a journal record (JobJournal.answered), safely as journalWriter does. A record another process took over
 * is left to it, and that is logged: this process stalled past its lease and woke to finish.
 */
export function journalClearer(
  journal: JobJournalBackend,
  logger: Logger,
): (id: string, what: 'job' | 'delivery', options?: { release?: boolean }) => void {
  const safely = journalWriter(logger);
  return (id, what, options) =>
    safely(
      () =>
        Promise.resolve(journal.answered(id, options)).then((cleared) => {
          if (!cleared)
            logger.warn({ [what]: id }, `another process took this ${what} over; it is left to it`);
        }),
      what === 'job' ? 'could not clear an answered job' : 'could not let go of a delivery',
    );
}

/**
 * Whether a recovered job's answer already landed (read back from Slack). A sheet whose replies did not all land is
 * counted answered too: this process has nothing to rebuild them from, and "ask again" would hide the sheet.
 */
async function alreadyAnswered(client: WebClient, orphan: RecoveredJob, logger: Logger): Promise<boolean> {
  const taken = await takenOverAnswer(client, answerPlaceOf(orphan.reply), orphan.id, logger);
  if (taken.outcome === 'resume') {
    logger.warn({ job: orphan.id }, 'a recovered job’s sheet landed without all its replies; left as it is');
  }
  return taken.outcome !== 'run';
}

/** A plain sentence where the job was being answered: it was interrupted, ask again. */
function answerInterrupted(client: WebClient, reply: ReplyTarget, logger: Logger): Promise<void> {
  return answerWith(client, reply, shutdownReply(true), logger);
}

/** One sentence where a job is (or would have been) answered. */
export async function answerWith(
  client: WebClient,
  reply: ReplyTarget,
  sentence: Reply,
  logger: Logger,
): Promise<void> {
  if (reply.kind === 'stream') {
    await stopInterruptedStream(client, reply, sentence, logger);
    return;
  }
  if (reply.kind === 'placeholder') {
    await threadDestination(client, reply.channel, reply.threadTs, logger, reply.ts).finish(sentence);
    return;
  }
  await respondTo(reply.responseUrl)({ response_type: 'ephemeral', replace_original: false, ...sentence });
}

export function isJob(entry: JournaledJob): entry is RecoveredJob {
  return entry.reply.kind !== 'event';
}

/** Whether the user can see a job's answer started: a posted placeholder, a stream, a command's reply. */
function shown(reply: ReplyTarget): boolean {
  return reply.kind !== 'placeholder' || reply.ts !== null;
}
