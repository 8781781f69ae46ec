// Where a mention, a reaction or a DM is answered: a streamed reply with its steps where the workspace can
// stream, else the placeholder and update. One place to build it, so every trigger answers the same way.
import type { WebClient } from '@slack/web-api';
import type { SlackServices } from '../services.ts';
import type { Destination } from './destinations.ts';
import type { AcceptedJob } from './job-ledger.ts';
import { type StreamPlace, streamDestination } from './stream-destination.ts';

export function threadAnswer(
  services: SlackServices,
  client: WebClient,
  place: StreamPlace,
  job: AcceptedJob,
): Destination {
  return streamDestination(
    { client, logger: services.logger, store: services.store, intervalMs: services.progressIntervalMs },
    { ...place, tag: job.id },
    job.reply,
    job,
  );
}
