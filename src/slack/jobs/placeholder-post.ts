// Posting a placeholder exactly once. Each carries a tag in its message metadata; when a post's outcome is
// unknown (Slack answered later than our timeout, see web/unknown-outcome.ts) the thread is searched for the tag
// before posting again, so a slow Slack never leaves two placeholders (one of them "Reading…" for good).
import { randomUUID } from 'node:crypto';
import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../logger.ts';
import { isOutcomeUnknown } from '../web/unknown-outcome.ts';

export const PLACEHOLDER_EVENT = 'copydesk_placeholder';
/** Only the last minutes of a thread are searched: a placeholder is looked for right after it was posted. */
const LOOKBACK_S = 600;

export interface PlaceholderPost {
  channel: string;
  threadTs: string;
  text: string;
  blocks: KnownBlock[];
  /** Names this placeholder in its metadata; unique per job. */
  tag?: string;
}

/** Posts the placeholder (once, whatever Slack's latency) and returns its ts. */
export async function postPlaceholder(
  client: WebClient,
  post: PlaceholderPost,
  logger: Logger,
): Promise<string | undefined> {
  const tag = post.tag ?? randomUUID();
  const since = (Date.now() / 1000 - LOOKBACK_S).toFixed(6);
  for (let attempt = 1; ; attempt += 1) {
    try {
      const posted = await client.chat.postMessage({
        channel: post.channel,
        thread_ts: post.threadTs,
        text: post.text,
        blocks: post.blocks,
        unfurl_links: false,
        unfurl_media: false,
        metadata: { event_type: PLACEHOLDER_EVENT, event_payload: { tag } },
      });
      return posted.ts;
    } catch (error) {
      if (!isOutcomeUnknown(error)) throw error;
      const found = await findPlaceholder(client, post, tag, since);
      logger.warn(
        { channel: post.channel, found: found !== undefined, attempt },
        'placeholder post timed out',
      );
      if (found) return found;
      // Not there after a second slow post either: give up rather than risk a third placeholder.
      if (attempt >= 2) throw error;
    }
  }
}

/**
 * The placeholder tagged `tag` in a thread's last minutes, if one was posted: a job recovered from a process
 * that died right after posting it (before its ts was journaled) goes on there rather than under a second one.
 */
export async function findTaggedPlaceholder(
  client: WebClient,
  where: { channel: string; threadTs: string },
  tag: string,
): Promise<string | undefined> {
  const since = (Date.now() / 1000 - LOOKBACK_S).toFixed(6);
  return findPlaceholder(client, { ...where, text: '', blocks: [] }, tag, since);
}

async function findPlaceholder(
  client: WebClient,
  post: PlaceholderPost,
  tag: string,
  oldest: string,
): Promise<string | undefined> {
  const replies = await client.conversations.replies({
    channel: post.channel,
    ts: post.threadTs,
    oldest,
    include_all_metadata: true,
    limit: 200,
  });
  const mine = replies.messages?.find(
    (message) =>
      message.metadata?.event_type === PLACEHOLDER_EVENT &&
      (message.metadata.event_payload as Record<string, unknown> | undefined)?.tag === tag,
  );
  return mine?.ts;
}
