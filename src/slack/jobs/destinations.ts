// Where a job's status and result go. A mention or reaction answers in a thread, editing one placeholder;
// a slash command posts to the channel, or answers only the user through response_url when copydesk is not in it.
import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../logger.ts';
import { SLACK_LIMITS } from '../../render/blocks/limits.ts';
import type { SlackMessage } from '../../render/blocks/render-blocks.ts';
import type { SourceInput } from '../../types.ts';
import { notInChannelHint, type Reply } from '../replies.ts';
import type { SheetPlace } from '../sheets/sheet-records.ts';
import type { Respond } from '../web/response-url.ts';
import { type PartNumbering, postParts } from './answer-parts.ts';
import { answerMetadata } from './answer-tag.ts';
import { finalUpdate } from './final-update.ts';
import { postPlaceholder } from './placeholder-post.ts';
import type { ProgressTracker } from './progress-tracker.ts';

/** A sheet as delivered: the rendered message, and the id it is kept under (it goes in the answer tag). */
export interface SheetMessage extends SlackMessage {
  sheetId?: string;
}

export interface Destination {
  /** Whether step-by-step progress is worth showing here (each update is an API call). */
  readonly showsProgress: boolean;
  /** Show or replace the in-progress status. */
  status(reply: Reply): Promise<void>;
  /**
   * Deliver the sheet, then its details replies. Says where the sheet landed when it is a message in a
   * conversation (feedback and follow-up questions find it there); nothing for a reply only one user sees.
   */
  deliver(message: SheetMessage): Promise<SheetPlace | undefined>;
  /** End with a note instead of a sheet: a failure, or nothing to read. */
  finish(reply: Reply): Promise<void>;
  /** Its own way of showing the sources' progress (a stream's steps); without it, the placeholder tracker. */
  track?(inputs: SourceInput[]): ProgressTracker;
}

/** Links are never unfurled: a sheet full of previews would bury the facts. */
const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

export function threadDestination(
  client: WebClient,
  channel: string,
  threadTs: string,
  logger: Logger,
  /** A placeholder already posted (by a process that died, for a job taken over): updated, not posted again. */
  existingTs: string | null = null,
  /** Told the placeholder's ts once posted, so the job journal knows where the answer goes. */
  onPlaced: (ts: string) => void = () => {},
  /**
   * The job's id: names the placeholder in its metadata (a process that recovers the job can find it), and tags
   * the answer written into it (answer-tag.ts: a takeover can tell it landed).
   */
  tag?: string,
): Destination {
  let placeholderTs: string | undefined = existingTs ?? undefined;
  const show = async (text: string, blocks: KnownBlock[]): Promise<void> => {
    if (placeholderTs) {
      await client.chat.update({ channel, ts: placeholderTs, text, blocks });
      return;
    }
    // Posted once however slow Slack is: a post that timed out is looked for before it is posted again.
    placeholderTs = await postPlaceholder(
      client,
      { channel, threadTs, text, blocks, ...(tag ? { tag } : {}) },
      logger,
    );
    if (placeholderTs) onPlaced(placeholderTs);
  };
  // The last word on a placeholder goes through finalUpdate: split when too long, waited out when rate-limited,
  // at worst a short notice or no placeholder at all.
  // Returns how many continuations a split sheet got: the details replies are numbered after them.
  const showFinal = async (
    text: string,
    blocks: KnownBlock[],
    details = 0,
    sheet?: string,
  ): Promise<number> => {
    if (!placeholderTs) {
      await show(text, blocks);
      return 0;
    }
    const owner = tag ? { job: tag, details, ...(sheet ? { sheet } : {}) } : undefined;
    return finalUpdate(client, { channel, ts: placeholderTs, threadTs }, { text, blocks }, logger, owner);
  };
  return {
    showsProgress: true,
    status: (reply) => show(reply.text, reply.blocks),
    finish: async (reply) => {
      await showFinal(reply.text, reply.blocks);
    },
    deliver: async (message) => {
      const continued = await showFinal(
        message.text,
        message.blocks,
        message.details.length,
        message.sheetId,
      );
      const numbering = tag ? { job: tag, first: continued + 1 } : undefined;
      await postDetails(client, channel, threadTs, message, logger, numbering);
      return placeholderTs ? { channel, ts: placeholderTs, threadTs } : undefined;
    },
  };
}

export function commandDestination(
  client: WebClient,
  channel: string,
  requestedBy: string,
  respond: Respond,
  logger: Logger,
  /** The job's id: the sheet posted to the channel carries its answer tag, so a takeover can find it there. */
  tag?: string,
): Destination {
  const privately = (text: string, blocks: KnownBlock[]) =>
    respond({ response_type: 'ephemeral', replace_original: false, text, blocks });
  return {
    showsProgress: false,
    status: async (reply) => {
      await privately(reply.text, reply.blocks);
    },
    finish: async (reply) => {
      await privately(reply.text, reply.blocks);
    },
    deliver: async (message) => {
      const who = /^[UW][A-Z0-9]+$/.test(requestedBy) ? `<@${requestedBy}>` : 'someone';
      const blocks = withRoom(message.blocks, {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: `Requested by ${who} with /factsheet` }],
      });
      try {
        const posted = await client.chat.postMessage({
          channel,
          text: message.text,
          blocks,
          ...NO_UNFURL,
          ...(tag
            ? { metadata: answerMetadata({ job: tag, parts: message.details.length, ...sheetOf(message) }) }
            : {}),
        });
        if (!posted.ts) return undefined;
        await postDetails(
          client,
          channel,
          posted.ts,
          message,
          logger,
          tag ? { job: tag, first: 1 } : undefined,
        );
        return { channel, ts: posted.ts, threadTs: posted.ts };
      } catch (error) {
        if (!isNotMember(error)) throw error;
        // response_url works five times: the sheet and at most three details parts.
        await privately(message.text, withRoom(message.blocks, notInChannelHint()));
        for (const detail of message.details.slice(0, 3)) await privately(detail.text, detail.blocks);
        return undefined;
      }
    },
  };
}

/** The details replies under a sheet, each tagged with its part number when the job is named. */
export async function postDetails(
  client: WebClient,
  channel: string,
  threadTs: string,
  message: SlackMessage,
  logger: Logger,
  numbering?: PartNumbering,
): Promise<void> {
  await postParts(client, { channel, threadTs }, message.details, numbering, logger);
}

/** The sheet's id for an answer tag, when the message has one. */
export function sheetOf(message: SheetMessage): { sheet?: string } {
  return message.sheetId ? { sheet: message.sheetId } : {};
}

/** Add a block, dropping the one before the footer if the message is already at Slack's block limit. */
export function withRoom(blocks: KnownBlock[], extra: KnownBlock): KnownBlock[] {
  if (blocks.length < SLACK_LIMITS.blocksPerMessage) return [...blocks, extra];
  return [...blocks.slice(0, SLACK_LIMITS.blocksPerMessage - 2), ...blocks.slice(-1), extra];
}

function isNotMember(error: unknown): boolean {
  const code = (error as { data?: { error?: string } } | null)?.data?.error;
  return code === 'not_in_channel' || code === 'channel_not_found';
}
