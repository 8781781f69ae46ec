// Every trigger's fact sheet starts here, so all of them take the same road: on Redis a durable job on the
// queue that any instance's worker finishes (a killed instance's job is finished by another, in the answer it
// started); otherwise the in-process runner, journaled in the store, as before.
import type { WebClient } from '@slack/web-api';
import { emptyThreadReply } from '../replies.ts';
import type { SlackServices } from '../services.ts';
import type { Destination } from './destinations.ts';
import type { AcceptedJob } from './job-ledger.ts';
import type { SheetKind } from './queue/queued-job.ts';
import { enqueueSheet } from './queue/queued-sheet-job.ts';
import { startSheetJob } from './sheet-job.ts';
import { gatherFrom, type SheetSource } from './sheet-source.ts';
import { answerPlaceOf, placeFoundSheet, takenOverAnswer } from './taken-over-answer.ts';

export interface SheetRequest {
  kind: SheetKind;
  team: string;
  /** The team's Enterprise Grid org, if any (an org-wide installation is kept under it). */
  enterprise: string | null;
  /** The journaled job: answered (and cleared) when this ends, or handed to the queue. */
  job: AcceptedJob;
  /** Where the listener answers: a thread (stream or placeholder) or the command's channel and response_url. */
  destination: Destination;
  channel: string;
  requestedBy: string | null;
  /** Sources known before gathering (for "Reading 3 sources…"); null when a thread must be read first. */
  knownCount: number | null;
  source: SheetSource;
  /** A reaction compares: with one source it says how to get a comparison. */
  hintForSingleSource: boolean;
  /** The trigger already told the user "Reading…" (the command's ack). */
  placeholderShown?: boolean;
}

export async function startSheetRequest(
  services: SlackServices,
  client: WebClient,
  request: SheetRequest,
): Promise<void> {
  if (services.queue) {
    await enqueueSheet(services, services.queue, request);
    return;
  }
  let destination = request.destination;
  // A retried delivery of a job whose owner died: its answer may be there already, read back before any write.
  if (request.job.takenOver) {
    const place = answerPlaceOf(request.job.reply);
    const taken = await takenOverAnswer(client, place, request.job.id, services.logger);
    if (taken.outcome === 'answered') {
      request.job.answered();
      await placeFoundSheet(services, taken);
      return;
    }
    if (taken.outcome === 'resume') destination = taken.destination;
  }
  await startSheetJob(services, {
    team: request.team,
    job: request.job,
    destination,
    knownCount: request.knownCount,
    gather: () => gatherFrom(services, client, request.source),
    nothingToRead: emptyThreadReply(),
    hintForSingleSource: request.hintForSingleSource,
    requestedBy: request.requestedBy,
    channel: request.channel,
    ...(request.placeholderShown ? { placeholderShown: true } : {}),
  });
}
