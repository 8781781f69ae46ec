// The one decision every takeover makes before writing (a queue retry after a stall or a failure, a journal lease
// recovery, a retried delivery of a job whose owner is gone): read the answer back (landed-answer.ts) and run the
// job as usual, only mark it answered, or complete the replies its owner did not get to.
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../logger.ts';
import type { ReplyTarget } from '../../store/job-journal.ts';
import type { SlackServices } from '../services.ts';
import { placeSheet } from '../sheets/sheet-records.ts';
import type { Destination } from './destinations.ts';
import { type AnswerMessageAt, type LandedAnswer, landedAnswer, landedInChannel } from './landed-answer.ts';
import { resumedDestination } from './resumed-answer.ts';

export type TakeoverOutcome =
  | { outcome: 'run' }
  /** All there. `sheet`: the kept sheet it shows, at `place` (placed again: its owner may have died first). */
  | { outcome: 'answered'; sheet?: { id: string; place: AnswerMessageAt } }
  | { outcome: 'resume'; destination: Destination };

/**
 * Where a job's answer is: its first message (a placeholder, a stream), or for a command's sheet the channel it
 * is posted to and since when; null when nothing can have landed (nothing posted yet, or a private reply).
 */
export type AnswerLocation = AnswerMessageAt | { channel: string; postedSince: number } | null;

export async function takenOverAnswer(
  client: WebClient,
  where: AnswerLocation,
  job: string,
  logger: Logger,
): Promise<TakeoverOutcome> {
  if (!where) return { outcome: 'run' };
  const landed: LandedAnswer =
    'ts' in where
      ? await landedAnswer(client, where, job)
      : await landedInChannel(client, where.channel, where.postedSince, job);
  switch (landed.state) {
    case 'whole':
      logger.info({ job }, 'a taken-over job was already answered; marked answered, nothing written again');
      return {
        outcome: 'answered',
        ...(landed.tag.sheet ? { sheet: { id: landed.tag.sheet, place: landed.where } } : {}),
      };
    case 'partial':
      return { outcome: 'resume', destination: resumedDestination(client, landed, logger) };
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

/** Where a queued job's answer is: its placeholder or stream, or for /factsheet the channel since it was asked. */
export function answerLocationOf(job: {
  channel: string;
  requestedAt: number;
  reply: { kind: 'placeholder' | 'stream'; threadTs: string; ts: string } | { kind: 'ephemeral' };
}): AnswerLocation {
  if (job.reply.kind === 'ephemeral') return { channel: job.channel, postedSince: job.requestedAt };
  return { channel: job.channel, threadTs: job.reply.threadTs, ts: job.reply.ts };
}

/**
 * A takeover that found its sheet there places it as its owner would have right after delivering (thread and
 * message → the kept sheet): the owner may have died first, and follow-up questions and feedback look it up there.
 */
export async function placeFoundSheet(
  services: Pick<SlackServices, 'store' | 'logger' | 'keptDays'>,
  taken: TakeoverOutcome,
): Promise<void> {
  if (taken.outcome !== 'answered' || !taken.sheet) return;
  const { id, place } = taken.sheet;
  await placeSheet(services.store, id, place, services.keptDays).catch((error: unknown) =>
    services.logger.warn({ err: error, sheet: id }, 'could not place a sheet found by a takeover'),
  );
}
