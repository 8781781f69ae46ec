// The last edit of a placeholder must land, or the user is left with "Reading 1 source…" for good. Slack may
// refuse it for length (msg_too_long, msg_blocks_too_long) or rate (ratelimited, or a 429 beyond the wait the
// client allows): a too-long sheet is split (a shorter head in the placeholder, the rest as thread replies), a
// rate limit is waited out a few times, and if the sheet still cannot land, a short notice replaces the
// placeholder; if even that fails, the placeholder is deleted. Never a placeholder left behind.
// With the job named, every last word carries its answer tag (answer-tag.ts), so a takeover can find it landed.
import type { KnownBlock, MessageMetadata } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../logger.ts';
import { failureReply } from '../replies.ts';
import { continuations, postParts } from './answer-parts.ts';
import { answerMetadata } from './answer-tag.ts';

export interface FinalMessage {
  text: string;
  blocks: KnownBlock[];
}

const TOO_LONG = new Set(['msg_too_long', 'msg_blocks_too_long', 'too_many_blocks']);
/** A block this workspace will not take: with a table in the message, the caller has a table-free form. */
const REFUSED_BLOCKS = new Set(['invalid_blocks', 'invalid_blocks_format']);
const RATE_LIMITED = new Set(['ratelimited', 'rate_limited', 'slack_webapi_rate_limited_error']);
/** Waits between attempts when Slack gives no Retry-After; short, since a user is looking at the placeholder. */
const RATE_WAITS_MS = [2_000, 5_000];
/** A shortened head keeps this much notification text: the limit is 40k, but msg_too_long means it was too much. */
const SHORT_TEXT_CHARS = 2_000;

/** The job whose answer this is, and how many details replies its destination posts after it. */
export interface AnswerOwner {
  job: string;
  details: number;
  /** The kept sheet's id, when the answer is a sheet. */
  sheet?: string;
}

/** Returns how many continuations of a split sheet it posted (the details that follow are numbered after them). */
export async function finalUpdate(
  client: WebClient,
  target: { channel: string; ts: string; threadTs: string },
  message: FinalMessage,
  logger: Logger,
  owner?: AnswerOwner,
): Promise<number> {
  const update = (text: string, blocks: KnownBlock[], metadata?: MessageMetadata) =>
    client.chat.update({
      channel: target.channel,
      ts: target.ts,
      text,
      blocks,
      ...(metadata ? { metadata } : {}),
    });
  // The whole answer in one message: the tag counts only the details replies that follow.
  const whole = owner ? answerMetadata({ ...owner, parts: owner.details }) : undefined;
  let lastCode = 'unknown';
  for (let attempt = 0; attempt <= RATE_WAITS_MS.length; attempt += 1) {
    try {
      await update(message.text, message.blocks, whole);
      return 0;
    } catch (error) {
      lastCode = codeOf(error);
      if (REFUSED_BLOCKS.has(lastCode) && message.blocks.some((block) => block.type === 'table')) throw error;
      if (TOO_LONG.has(lastCode)) {
        const continued = await deliverSplit(client, target, message, update, logger, owner);
        if (continued !== null) return continued;
        break;
      }
      if (!RATE_LIMITED.has(lastCode) || attempt === RATE_WAITS_MS.length) break;
      const wait = retryAfterMs(error) ?? RATE_WAITS_MS[attempt] ?? 2_000;
      logger.warn(
        { code: lastCode, waitMs: wait, channel: target.channel },
        'final update refused; retrying',
      );
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
  logger.warn(
    { code: lastCode, channel: target.channel },
    'the sheet could not be delivered; telling the user',
  );
  const notice = failureReply(
    lastCode && RATE_LIMITED.has(lastCode)
      ? 'Slack is rate-limiting copydesk in this channel, so the fact sheet could not be posted. Please ask again in a minute.'
      : `Slack would not take this fact sheet (${lastCode}). Please ask again.`,
  );
  try {
    await update(notice.text, notice.blocks, whole);
    return 0;
  } catch (error) {
    logger.warn(
      { err: error, channel: target.channel },
      'the notice could not be posted; removing the placeholder',
    );
  }
  try {
    await client.chat.delete({ channel: target.channel, ts: target.ts });
  } catch (error) {
    logger.error({ err: error, channel: target.channel }, 'could not remove the placeholder');
  }
  return 0;
}

/**
 * Halve the head until Slack takes it; the blocks cut from it follow as thread replies, in order. The head's tag
 * says where the sheet was cut and how many replies follow, so a takeover posts only the ones missing. Returns the
 * number of continuations, or null when even the shortest head was refused.
 */
async function deliverSplit(
  client: WebClient,
  target: { channel: string; threadTs: string },
  message: FinalMessage,
  update: (text: string, blocks: KnownBlock[], metadata?: MessageMetadata) => Promise<unknown>,
  logger: Logger,
  owner: AnswerOwner | undefined,
): Promise<number | null> {
  const text =
    message.text.length > SHORT_TEXT_CHARS ? `${message.text.slice(0, SHORT_TEXT_CHARS - 1)}…` : message.text;
  for (let keep = Math.ceil(message.blocks.length / 2); keep >= 1; keep = Math.floor(keep / 2)) {
    const rest = continuations(message, keep);
    const tag = owner
      ? answerMetadata({ ...owner, parts: rest.length + owner.details, split: keep })
      : undefined;
    try {
      await update(text, message.blocks.slice(0, keep), tag);
    } catch (error) {
      if (TOO_LONG.has(codeOf(error)) && keep > 1) continue;
      logger.warn({ err: error }, 'a shortened sheet was refused too');
      return null;
    }
    await postParts(client, target, rest, owner ? { job: owner.job, first: 1 } : undefined, logger);
    return rest.length;
  }
  return null;
}

function codeOf(error: unknown): string {
  const record = error as { data?: { error?: string }; code?: string } | null;
  return record?.data?.error ?? record?.code ?? 'unknown';
}

function retryAfterMs(error: unknown): number | null {
  const seconds = (error as { retryAfter?: number } | null)?.retryAfter;
  return typeof seconds === 'number' && seconds > 0 ? seconds * 1000 : null;
}
