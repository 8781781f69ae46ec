// The thread replies that follow an answer's first message, numbered so that a takeover can tell which already
// landed (answer-tag.ts): a split sheet's continuations first, then the details parts. One function builds the list
// for the first delivery and for a takeover that completes it, so both number the same replies the same way.
import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../logger.ts';
import { partMetadata } from './answer-tag.ts';

export interface ThreadPart {
  text: string;
  blocks: KnownBlock[];
}

/** A sheet as delivered: its first message's text and blocks, and the details replies under it. */
export interface AnswerMessage extends ThreadPart {
  details: ThreadPart[];
}

export const CONTINUED_TEXT = 'Fact sheet (continued)';

/** A split sheet's continuations: the blocks past the first `split`, `split` at a time (0: the whole sheet). */
export function continuations(message: ThreadPart, split: number | undefined): ThreadPart[] {
  if (split === undefined) return [];
  if (split === 0) return [{ text: message.text, blocks: message.blocks }];
  const rest = message.blocks.slice(split);
  const parts: ThreadPart[] = [];
  for (let start = 0; start < rest.length; start += split) {
    parts.push({ text: CONTINUED_TEXT, blocks: rest.slice(start, start + split) });
  }
  return parts;
}

/** Every reply that follows the first message, in the order (and with the numbers, from 1) they are posted. */
export function followingParts(message: AnswerMessage, split: number | undefined): ThreadPart[] {
  return [...continuations(message, split), ...message.details];
}

export interface PartNumbering {
  job: string;
  /** The number of the first part given. */
  first: number;
  /** Numbers already in the thread (a takeover completing an answer): not posted again. */
  skip?: ReadonlySet<number>;
}

/**
 * Post parts as thread replies, in order, each tagged with its number when `numbering` is given. A part that
 * fails is logged and the next one still goes: the sheet itself is out, a lost part is not worth failing the job.
 */
export async function postParts(
  client: WebClient,
  where: { channel: string; threadTs: string },
  parts: ThreadPart[],
  numbering: PartNumbering | undefined,
  logger: Logger,
): Promise<void> {
  for (const [index, part] of parts.entries()) {
    const number = (numbering?.first ?? 1) + index;
    if (numbering?.skip?.has(number)) continue;
    try {
      await client.chat.postMessage({
        channel: where.channel,
        thread_ts: where.threadTs,
        text: part.text,
        blocks: part.blocks,
        unfurl_links: false,
        unfurl_media: false,
        ...(numbering ? { metadata: partMetadata(numbering.job, number) } : {}),
      });
    } catch (error) {
      logger.warn({ err: error, channel: where.channel, part: number }, 'a reply of the sheet failed');
    }
  }
}
