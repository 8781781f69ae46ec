// Reads a thread, or the thread around a reacted message, with conversations.replies.
// conversations.history cannot do this: for a reply it returns the wrong message (see shared/PLATFORM.md).
import type { WebClient } from '@slack/web-api';
import { CopydeskError } from '../../errors.ts';
import { asSlackMessage, isThreadReply, type SlackMessageLike } from './slack-message.ts';

/** A thread of 1,000 messages is already far more than anyone wants compared. */
const MAX_PAGES = 5;
const PAGE_SIZE = 200;

/** Which read of a request this is: what a refusal of it means to the user depends on it. */
type ReadKind = 'first' | 'after a reply' | 'next page';

export async function readThread(
  client: WebClient,
  channel: string,
  threadTs: string,
  kind: ReadKind = 'first',
): Promise<SlackMessageLike[]> {
  const messages: SlackMessageLike[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await client.conversations
      .replies({ channel, ts: threadTs, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) })
      .catch((error: unknown) => {
        throw unreadableThread(error, page > 0 ? 'next page' : kind);
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
    return {
      rootTs: target.thread_ts,
      messages: await readThread(client, channel, target.thread_ts, 'after a reply'),
    };
  }
  return { rootTs: target.ts, messages: first };
}

/** Slack's error code in words a newsroom can act on; the original stays in `cause` for the log. */
function unreadableThread(error: unknown, kind: ReadKind): CopydeskError {
  const failure = error as { code?: string; retryAfter?: number; data?: { error?: string } } | null;
  const code = failure?.data?.error;
  const why =
    code === 'missing_scope'
      ? 'the app is missing a permission to read message history; reinstall it from the manifest.'
      : code === 'not_in_channel' || code === 'channel_not_found'
        ? 'copydesk is not a member of this conversation; invite it first.'
        : failure?.code === 'slack_webapi_rate_limited_error'
          ? rateLimited(failure.retryAfter, kind)
          : 'Slack did not answer. Please try again in a minute.';
  return new CopydeskError('input_unreadable', `I couldn't read this thread: ${why}`, { cause: error });
}

/**
 * Slack's limit on reading threads, longer than a job waits out (per-key-rate-limits.ts). Apps distributed outside
 * the Slack Marketplace may read a thread once a minute, 15 messages a read. Trying again only helps when this was
 * the request's first read: a reaction on a reply takes a second (the reply, then its thread), and so does a
 * thread longer than one read.
 */
function rateLimited(retryAfterS: number | undefined, kind: ReadKind): string {
  const limit = 'Slack lets copydesk read threads here only once a minute';
  if (kind === 'after a reply') {
    return `${limit}, and a reaction on a reply takes two reads. React on the thread's first message instead.`;
  }
  if (kind === 'next page') return `${limit}, 15 messages at a time, and this thread is longer than that.`;
  const minutes = Math.max(1, Math.ceil((retryAfterS ?? 60) / 60));
  return `${limit}. Please try again in ${minutes === 1 ? 'a minute' : `${minutes} minutes`}.`;
}
