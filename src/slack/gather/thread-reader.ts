// Reads a thread, or the thread around a reacted message, with conversations.replies.
// conversations.history cannot do this: for a reply it returns the wrong message (see shared/PLATFORM.md).
import type { WebClient } from '@slack/web-api';
import { CopydeskError } from '../../errors.ts';
import { asSlackMessage, isThreadReply, type SlackMessageLike } from './slack-message.ts';

/** A thread of 1,000 messages is already far more than anyone wants compared. */
const MAX_PAGES = 5;
const PAGE_SIZE = 200;

export async function readThread(
  client: WebClient,
  channel: string,
  threadTs: string,
): Promise<SlackMessageLike[]> {
  const messages: SlackMessageLike[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await client.conversations
      .replies({ channel, ts: threadTs, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) })
      .catch((error: unknown) => {
        throw unreadableThread(error);
      });
    for (const raw of result.messages ?? []) {
      const message = asSlackMessage(raw);
      if (message) messages.push(message);
    }
    cursor = result.response_metadata?.next_cursor || undefined;
    if (!result.has_more || !cursor) break;
  }
  return messages;
}

export interface ReactedThread {
  /** The ts to reply under: the thread's root. */
  rootTs: string;
  messages: SlackMessageLike[];
}

/** The reacted message and its whole thread, root first. Null when the message is gone or unreadable. */
export async function readReactedThread(
  client: WebClient,
  channel: string,
  ts: string,
): Promise<ReactedThread | null> {
  const first = await readThread(client, channel, ts);
  const target = first.find((message) => message.ts === ts) ?? first[0];
  if (!target) return null;
  if (isThreadReply(target) && target.thread_ts) {
    // Asked with a reply's ts, Slack returns only that reply: ask again with the root's.
    return { rootTs: target.thread_ts, messages: await readThread(client, channel, target.thread_ts) };
  }
  return { rootTs: target.ts, messages: first };
}

/** Slack's error code in words a newsroom can act on; the original stays in `cause` for the log. */
function unreadableThread(error: unknown): CopydeskError {
  const failure = error as { code?: string; retryAfter?: number; data?: { error?: string } } | null;
  const code = failure?.data?.error;
  const why =
    code === 'missing_scope'
      ? 'the app is missing a permission to read message history; reinstall it from the manifest.'
      : code === 'not_in_channel' || code === 'channel_not_found'
        ? 'copydesk is not a member of this conversation; invite it first.'
        : failure?.code === 'slack_webapi_rate_limited_error'
          ? rateLimited(failure.retryAfter)
          : 'Slack did not answer. Please try again in a minute.';
  return new CopydeskError('input_unreadable', `I couldn't read this thread: ${why}`, { cause: error });
}

/**
 * Slack's limit on reading threads, longer than a job waits out (per-key-rate-limits.ts). Apps outside the Slack
 * Marketplace may read a thread once a minute, and a reaction on a reply takes two reads (the reply, then its
 * thread): the second one is what usually meets it.
 */
function rateLimited(retryAfterS: number | undefined): string {
  const minutes = Math.max(1, Math.ceil((retryAfterS ?? 60) / 60));
  return `Slack is limiting how often copydesk may read threads here. Please try again in ${minutes === 1 ? 'a minute' : `${minutes} minutes`}.`;
}
