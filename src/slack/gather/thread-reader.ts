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
  const code = (error as { data?: { error?: string } } | null)?.data?.error;
  const why =
    code === 'missing_scope'
      ? 'the app is missing a permission to read message history; reinstall it from the manifest.'
      : code === 'not_in_channel' || code === 'channel_not_found'
        ? 'copydesk is not a member of this conversation; invite it first.'
        : 'Slack did not answer. Please try again in a minute.';
  return new CopydeskError('input_unreadable', `I couldn't read this thread: ${why}`, { cause: error });
}
