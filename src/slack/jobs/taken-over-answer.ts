// The one decision every takeover makes before writing (a queue retry after a stall or a failure, a journal lease
// recovery, a retried delivery of a job whose owner is gone): read the answer back (landed-answer.ts) and run the
// job as usual, only mark it answered, or complete the replies its owner did not get to.
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../logger.ts';
import type { ReplyTarget } from '../../store/job-journal.ts';
import type { Destination } from './destinations.ts';
import { landedAnswer } from './landed-answer.ts';
import { resumedDestination } from './resumed-answer.ts';

export type TakeoverOutcome =
  | { outcome: 'run' }
  | { outcome: 'answered' }
  | { outcome: 'resume'; destination: Destination };

export async function takenOverAnswer(
  client: WebClient,
  /** Where the answer is; null when nothing was posted yet (nothing can have landed). */
  where: { channel: string; threadTs: string; ts: string } | null,
  job: string,
  logger: Logger,
): Promise<TakeoverOutcome> {
  if (!where) return { outcome: 'run' };
  const landed = await landedAnswer(client, where, job);
  switch (landed.state) {
    case 'whole':
      logger.info({ job }, 'a taken-over job was already answered; marked answered, nothing written again');
      return { outcome: 'answered' };
    case 'partial':
      return { outcome: 'resume', destination: resumedDestination(client, where, landed, logger) };
    case 'unknown':
      logger.warn(
        { job, reason: landed.reason },
        'could not read back a taken-over job’s answer; answering again (at worst twice, never lost)',
      );
      return { outcome: 'run' };
    default:
      logger.info({ job }, 'a taken-over job had not answered yet; running it');
      return { outcome: 'run' };
  }
}

/** Where a journaled job's answer is, to read it back; null for a command's private reply or a placeholder not posted. */
export function answerPlaceOf(reply: ReplyTarget): { channel: string; threadTs: string; ts: string } | null {
  if (reply.kind === 'ephemeral' || !reply.ts) return null;
  return { channel: reply.channel, threadTs: reply.threadTs, ts: reply.ts };
}
