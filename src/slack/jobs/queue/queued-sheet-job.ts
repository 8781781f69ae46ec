// The two ends of a queued fact sheet, for every trigger (mention, reaction, DM or pane, /factsheet). In the
// listener: start the answer (the placeholder or stream; the command's ack already says "Reading…"), enqueue the
// job with where that answer is and what to read, and hand its durability from the job journal to the queue (the
// journal keeps the event's dedupe keys). In a worker, on any instance: rebuild the same destination from the
// job's data and run the same sheet job as the in-process runner does, in the answer the listener started.
import type { WebClient } from '@slack/web-api';
import type { ReplyTarget } from '../../../store/job-journal.ts';
import { InstallationError } from '../../oauth/installation-store.ts';
import {
  emptyThreadReply,
  failureReply,
  lookingReply,
  queueFullReply,
  type Reply,
  readingReply,
  storeUnavailableReply,
} from '../../replies.ts';
import type { SlackServices } from '../../services.ts';
import { respondTo } from '../../web/response-url.ts';
import { commandDestination, type Destination, threadDestination } from '../destinations.ts';
import type { AcceptedJob, Requeue } from '../job-ledger.ts';
import { findTaggedPlaceholder } from '../placeholder-post.ts';
import { runSheetJob } from '../sheet-job.ts';
import type { SheetRequest } from '../sheet-request.ts';
import { gatherFrom } from '../sheet-source.ts';
import { streamDestination } from '../stream-destination.ts';
import { answerLocationOf, placeFoundSheet, takenOverAnswer } from '../taken-over-answer.ts';
import type { QueuedFollowup, QueuedJob, QueuedReply, QueuedSheet } from './queued-job.ts';
import type { QueuedAttempt, SheetQueue } from './sheet-queue.ts';

/** In the listener: a fact sheet's answer started, then the queue. */
export async function enqueueSheet(services: SlackServices, queue: SheetQueue, request: SheetRequest) {
  const work: QueuedWork = {
    id: request.job.id,
    kind: request.kind,
    team: request.team,
    enterprise: request.enterprise,
    channel: request.channel,
    requestedBy: request.requestedBy,
    requestedAt: Date.now(),
    knownCount: request.knownCount,
    source: request.source,
    hintForSingleSource: request.hintForSingleSource,
  };
  await enqueueJob(services, queue, {
    job: request.job,
    destination: request.destination,
    work,
    firstStatus: request.placeholderShown ? null : readingReply(request.knownCount),
  });
}

/**
 * In the listener, for every kind: the work journaled, the answer started (`firstStatus`, unless the trigger's
 * ack already said it), then the queue. Every way out answers the journaled job once.
 */
export async function enqueueJob(
  services: SlackServices,
  queue: SheetQueue,
  { job, destination, work, firstStatus }: EnqueueSpec,
): Promise<void> {
  const { logger } = services;
  // Journaled first: should this process die before the queue has the job, whoever recovers it enqueues it.
  await job.prepare(work);
  if (firstStatus) {
    try {
      await destination.status(firstStatus);
    } catch (error) {
      logger.error({ err: error, team: work.team }, 'could not post the placeholder');
      job.answered({ release: true });
      return;
    }
  }
  // Where the destination put the answer (its hooks told the job): the worker goes on there.
  const reply = queuedReplyOf(job.reply);
  if (!reply) {
    job.answered({ release: true });
    return;
  }
  let queued: boolean;
  try {
    queued = await queue.enqueue({ ...work, reply } as QueuedJob);
  } catch (error) {
    logger.error({ err: error, job: job.id }, 'could not enqueue a fact sheet');
    await finishQuietly(services, destination, storeUnavailableReply());
    job.answered({ release: true });
    return;
  }
  if (!queued) {
    await finishQuietly(services, destination, queueFullReply());
    job.answered({ release: true });
    return;
  }
  // From here the queue owns the job (a dead worker's job is run again by another): the journal's record goes,
  // its keys stay, so a redelivery of the event is still a duplicate.
  job.answered();
}

/** A queued job but for where its answer is: journaled before the answer is started. */
type QueuedWork = Omit<QueuedSheet, 'reply'> | Omit<QueuedFollowup, 'reply'>;

export interface EnqueueSpec {
  job: AcceptedJob;
  destination: Destination;
  work: QueuedWork;
  /** The placeholder's words; null when the trigger's acknowledgement already said them (/factsheet). */
  firstStatus: Reply | null;
}

/**
 * For the job ledger's recovery: a job whose listener died after journaling its work but before enqueueing it
 * is enqueued now, in the answer already started, or under a placeholder posted now if there was none.
 */
export function requeueWith(services: SlackServices, queue: SheetQueue): Requeue {
  return async (orphan) => {
    const work = orphan.work as QueuedWork;
    let reply = queuedReplyOf(orphan.reply);
    if (!reply && orphan.reply.kind === 'placeholder') {
      const client = await services.clients.forTeam(work.team, work.enterprise);
      const { channel, threadTs } = orphan.reply;
      // Posted, but its ts never reached the journal: found by the job's tag. Else posted now, tagged the same.
      let posted: string | null =
        (await findTaggedPlaceholder(client, { channel, threadTs }, orphan.id).catch(() => undefined)) ??
        null;
      if (!posted) {
        await threadDestination(
          client,
          channel,
          threadTs,
          services.logger,
          null,
          (ts) => {
            posted = ts;
          },
          orphan.id,
        ).status(work.kind === 'followup' ? lookingReply() : readingReply(work.knownCount));
      }
      if (posted) reply = { kind: 'placeholder', threadTs, ts: posted };
    }
    if (!reply) throw new Error('a recovered job has nowhere to answer');
    if (!(await queue.enqueue({ ...work, reply } as QueuedJob))) {
      const client = await services.clients.forTeam(work.team, work.enterprise);
      await destinationOf(services, client, { ...work, reply }).finish(queueFullReply());
    }
  };
}

/** A journaled reply as a queued one; null while nothing is posted yet (there is nowhere to go on). */
function queuedReplyOf(target: ReplyTarget): QueuedReply | null {
  if (target.kind === 'ephemeral') return { kind: 'ephemeral', responseUrl: target.responseUrl };
  if (target.kind === 'stream') return { kind: 'stream', threadTs: target.threadTs, ts: target.ts };
  return target.ts ? { kind: 'placeholder', threadTs: target.threadTs, ts: target.ts } : null;
}

/** A job run again after its worker died is not answered twice: long enough for any re-run (a day). */
const ANSWERED_MARK_TTL_MS = 24 * 3600_000;

/**
 * A worker killed after its answer went out but before the queue heard the job was done leaves it to be run
 * again: the mark, written as soon as the answer is out, keeps the re-run from answering a second time. A worker
 * killed between the answer and the mark is caught by reading the answer back, on a takeover only. Null when the
 * job was answered already; else the destination that marks it answered once it has answered.
 */
export async function answeringOnce(
  services: SlackServices,
  client: WebClient,
  job: QueuedJob,
  attempt: QueuedAttempt = { takenOver: false },
): Promise<Destination | null> {
  const mark = `queued-answered:${job.id}`;
  if (await services.store.get(mark)) {
    services.logger.info({ job: job.id, kind: job.kind }, 'queued job already answered');
    return null;
  }
  const answered = () =>
    services.store
      .set(mark, true, ANSWERED_MARK_TTL_MS)
      .catch((error: unknown) =>
        services.logger.warn({ err: error, job: job.id }, 'could not mark a job answered'),
      );
  let destination = destinationOf(services, client, job);
  if (attempt.takenOver) {
    const taken = await takenOverAnswer(client, answerLocationOf(job), job.id, services.logger);
    if (taken.outcome === 'answered') {
      await Promise.all([answered(), placeFoundSheet(services, taken)]);
      return null;
    }
    if (taken.outcome === 'resume') destination = taken.destination;
  }
  return {
    ...destination,
    deliver: async (message) => {
      const place = await destination.deliver(message);
      await answered();
      return place;
    },
    finish: async (reply) => {
      await destination.finish(reply);
      await answered();
    },
  };
}

/** In a worker: the sheet job, answered where the listener started the answer. */
export async function runQueuedSheet(
  services: SlackServices,
  client: WebClient,
  sheet: QueuedSheet,
  attempt?: QueuedAttempt,
) {
  const destination = await answeringOnce(services, client, sheet, attempt);
  if (!destination) return;
  await runSheetJob(
    services,
    {
      team: sheet.team,
      destination,
      knownCount: sheet.knownCount,
      gather: () => gatherFrom(services, client, sheet.source),
      nothingToRead: emptyThreadReply(),
      hintForSingleSource: sheet.hintForSingleSource,
      requestedBy: sheet.requestedBy,
      channel: sheet.channel,
    },
    false,
    sheet.requestedAt,
  );
}

/**
 * A worker's job runs with its workspace's client (its installation's token, read when the job starts). A
 * workspace that uninstalled copydesk meanwhile has nowhere to be answered: the job is dropped, and logged.
 */
export function inWorkspace(
  services: SlackServices,
  work: (
    services: SlackServices,
    client: WebClient,
    sheet: QueuedJob,
    attempt?: QueuedAttempt,
  ) => Promise<void>,
): (sheet: QueuedJob, attempt?: QueuedAttempt) => Promise<void> {
  return async (sheet, attempt) => {
    let client: WebClient;
    try {
      client = await services.clients.forTeam(sheet.team, sheet.enterprise);
    } catch (error) {
      // The store unreachable (or anything unexpected) is thrown: the queue tries the job again.
      if (!(error instanceof InstallationError) || error.problem === 'unreachable') throw error;
      services.logger.warn(
        { err: error, job: sheet.id, team: sheet.team },
        'queued fact sheet dropped: no usable installation for its workspace',
      );
      return;
    }
    await work(services, client, sheet, attempt);
  };
}

/** A job that will not be tried again (stalled too often, or failing on every try): say so where it answers. */
export async function giveUpQueuedSheet(services: SlackServices, client: WebClient, sheet: QueuedJob) {
  await destinationOf(services, client, sheet).finish(
    failureReply('It was interrupted more than once. Please ask again.'),
  );
}

/** The answer the listener started, rebuilt on whichever instance runs the job. */
function destinationOf(services: SlackServices, client: WebClient, sheet: QueuedJob): Destination {
  const { logger } = services;
  const { reply, channel } = sheet;
  if (reply.kind === 'ephemeral') {
    const respond = respondTo(reply.responseUrl);
    return commandDestination(client, channel, sheet.requestedBy ?? '', respond, logger, sheet.id);
  }
  // Named by the job's id, the answer carries its tag (answer-tag.ts): a later takeover can find it landed.
  if (reply.kind === 'placeholder')
    return threadDestination(client, channel, reply.threadTs, logger, reply.ts, () => {}, sheet.id);
  return streamDestination(
    { client, logger, store: services.store, intervalMs: services.progressIntervalMs },
    { channel, threadTs: reply.threadTs, team: sheet.team, user: sheet.requestedBy ?? '', tag: sheet.id },
    { kind: 'stream', channel, threadTs: reply.threadTs, ts: reply.ts },
    // The journal no longer holds this job: the queue knows where its answer is.
    { placed: () => {}, streaming: () => {} },
    { resume: true },
  );
}

async function finishQuietly(
  services: SlackServices,
  destination: Destination,
  reply: Parameters<Destination['finish']>[0],
) {
  await destination.finish(reply).catch((error: unknown) => {
    services.logger.error({ err: error }, 'could not tell the user how the job ended');
  });
}
