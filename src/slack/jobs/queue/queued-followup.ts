// A question in a sheet's thread as a durable job (Redis), like a sheet: the listener posts its placeholder and
// enqueues the question; any instance's worker answers it from that sheet's kept sources, in that placeholder,
// once, even when the instance that started it was killed mid-answer.
import type { WebClient } from '@slack/web-api';
import { failureReply, lookingReply } from '../../replies.ts';
import type { SlackServices } from '../../services.ts';
import { sheetInThread } from '../../sheets/sheet-records.ts';
import type { Destination } from '../destinations.ts';
import { answerFollowup } from '../followup-job.ts';
import type { AcceptedJob } from '../job-ledger.ts';
import type { QueuedFollowup } from './queued-job.ts';
import { answeringOnce, enqueueJob } from './queued-sheet-job.ts';
import type { QueuedAttempt, SheetQueue } from './sheet-queue.ts';

export interface FollowupRequest {
  job: AcceptedJob;
  destination: Destination;
  team: string;
  enterprise: string | null;
  channel: string;
  threadTs: string;
  question: string;
  requestedBy: string | null;
}

/** In the listener: "Looking…" in the thread, then the queue. */
export async function enqueueFollowup(
  services: SlackServices,
  queue: SheetQueue,
  request: FollowupRequest,
): Promise<void> {
  const { job, destination, ...rest } = request;
  await enqueueJob(services, queue, {
    job,
    destination,
    work: { id: job.id, kind: 'followup', requestedAt: Date.now(), ...rest },
    firstStatus: lookingReply(),
  });
}

/** In a worker: the sheet is read from the store (shared by every instance) when the job runs. */
export async function runQueuedFollowup(
  services: SlackServices,
  client: WebClient,
  followup: QueuedFollowup,
  attempt?: QueuedAttempt,
): Promise<void> {
  const destination = await answeringOnce(services, client, followup, attempt);
  if (!destination) return;
  const record = await sheetInThread(services.store, followup.channel, followup.threadTs);
  if (!record) {
    await destination.finish(
      failureReply(
        'This thread’s fact sheet is no longer kept, so there is nothing to look in. Ask for a new sheet.',
      ),
    );
    return;
  }
  await answerFollowup(services, destination, followup.question, record);
}
