// A worker's entry, for every kind of queued job: the fact sheet job or the follow-up answer, each answered
// where its listener started the answer.
import type { WebClient } from '@slack/web-api';
import type { SlackServices } from '../../services.ts';
import { runQueuedFollowup } from './queued-followup.ts';
import type { QueuedJob } from './queued-job.ts';
import { runQueuedSheet } from './queued-sheet-job.ts';
import type { QueuedAttempt } from './sheet-queue.ts';

export async function runQueuedJob(
  services: SlackServices,
  client: WebClient,
  job: QueuedJob,
  attempt?: QueuedAttempt,
): Promise<void> {
  if (job.kind === 'followup') await runQueuedFollowup(services, client, job, attempt);
  else await runQueuedSheet(services, client, job, attempt);
}
