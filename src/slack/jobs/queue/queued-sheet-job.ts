// The two ends of a queued fact sheet. In the listener: post the placeholder, enqueue the job and hand its
// durability from the job journal to the queue (the journal keeps the event's dedupe keys). In a worker, on any
// instance: rebuild the placeholder destination and the reading from the job's data and run the same sheet job
// as the in-process runner does.
import type { WebClient } from '@slack/web-api';
import { gatherSources } from '../../gather/message-sources.ts';
import { isBotMessage, isOwnMessage, type SelfIds } from '../../gather/slack-message.ts';
import { readThread } from '../../gather/thread-reader.ts';
import { downloadsWith } from '../../gather/workspace-downloads.ts';
import { InstallationError } from '../../oauth/installation-store.ts';
import {
  emptyThreadReply,
  failureReply,
  queueFullReply,
  readingReply,
  storeUnavailableReply,
} from '../../replies.ts';
import type { SlackServices } from '../../services.ts';
import { threadDestination } from '../destinations.ts';
import type { AcceptedJob } from '../job-ledger.ts';
import { runSheetJob } from '../sheet-job.ts';
import type { QueuedSheet, SheetQueue } from './sheet-queue.ts';

export interface QueuedRequest {
  queue: SheetQueue;
  job: AcceptedJob;
  team: string;
  enterprise: string | null;
  channel: string;
  threadTs: string;
  user: string | null;
  knownCount: number | null;
  source: QueuedSheet['source'];
}

/** In the listener: placeholder, then the queue. Every way out answers the journaled job once. */
export async function enqueueSheet(services: SlackServices, client: WebClient, request: QueuedRequest) {
  const { job, logger } = { ...request, logger: services.logger };
  const requestedAt = Date.now();
  const existing = job.reply.kind === 'placeholder' ? job.reply.ts : null;
  let placed: string | null = existing;
  const destination = threadDestination(client, request.channel, request.threadTs, logger, existing, (ts) => {
    placed = ts;
    job.placed(ts);
  });
  try {
    await destination.status(readingReply(request.knownCount));
  } catch (error) {
    logger.error({ err: error, team: request.team }, 'could not post the placeholder');
    job.answered({ release: true });
    return;
  }
  if (!placed) {
    job.answered({ release: true });
    return;
  }
  let queued: boolean;
  try {
    queued = await request.queue.enqueue({
      id: job.id,
      team: request.team,
      enterprise: request.enterprise,
      channel: request.channel,
      threadTs: request.threadTs,
      placeholderTs: placed,
      requestedBy: request.user,
      requestedAt,
      knownCount: request.knownCount,
      source: request.source,
    });
  } catch (error) {
    logger.error({ err: error, job: job.id }, 'could not enqueue a fact sheet');
    await destination.finish(storeUnavailableReply()).catch(() => {});
    job.answered({ release: true });
    return;
  }
  if (!queued) {
    await destination.finish(queueFullReply()).catch(() => {});
    job.answered({ release: true });
    return;
  }
  // From here the queue owns the job (a dead worker's job is run again by another): the journal's record goes,
  // its keys stay, so a redelivery of the event is still a duplicate.
  job.answered();
}

/** In a worker: the sheet job, answered in the placeholder the listener posted. */
export async function runQueuedSheet(services: SlackServices, client: WebClient, sheet: QueuedSheet) {
  const destination = placeholderOf(services, client, sheet);
  const { source } = sheet;
  await runSheetJob(
    services,
    {
      team: sheet.team,
      destination,
      knownCount: sheet.knownCount,
      gather: () =>
        source.kind === 'message'
          ? gatherSources([source.message], downloadsWith(services.downloadFile, client))
          : gatherThread(client, sheet.channel, sheet.threadTs, source.self, services),
      nothingToRead: emptyThreadReply(),
      hintForSingleSource: false,
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
  work: (services: SlackServices, client: WebClient, sheet: QueuedSheet) => Promise<void>,
): (sheet: QueuedSheet) => Promise<void> {
  return async (sheet) => {
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
    await work(services, client, sheet);
  };
}

/** A job that will not be tried again (stalled too often, or failing on every try): say so in its placeholder. */
export async function giveUpQueuedSheet(services: SlackServices, client: WebClient, sheet: QueuedSheet) {
  const destination = placeholderOf(services, client, sheet);
  await destination.finish(failureReply('It was interrupted more than once. Please ask again.'));
}

/** The placeholder the listener posted, where the worker's answer goes. */
function placeholderOf(services: SlackServices, client: WebClient, sheet: QueuedSheet) {
  return threadDestination(client, sheet.channel, sheet.threadTs, services.logger, sheet.placeholderTs);
}

/** A bare mention in a thread reads the people's messages in it: not bots', and not copydesk's own sheets. */
export async function gatherThread(
  client: WebClient,
  channel: string,
  threadTs: string,
  self: SelfIds,
  services: SlackServices,
) {
  const messages = await readThread(client, channel, threadTs);
  const people = messages.filter((message) => !isBotMessage(message) && !isOwnMessage(message, self));
  return gatherSources(people, downloadsWith(services.downloadFile, client));
}
