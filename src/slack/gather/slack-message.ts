// The few fields of a Slack message copydesk reads, whether it came in an event or from conversations.replies.

export interface SlackFile {
  id?: string;
  name?: string;
  title?: string;
  mimetype?: string;
  filetype?: string;
  pretty_type?: string;
  mode?: string;
  size?: number;
  url_private_download?: string;
  url_private?: string;
}

export interface SlackMessageLike {
  ts: string;
  thread_ts?: string | undefined;
  user?: string | undefined;
  bot_id?: string | undefined;
  subtype?: string | undefined;
  text?: string | undefined;
  blocks?: unknown;
  files?: SlackFile[] | undefined;
}

/** Narrow an API or event payload to the fields we read; anything without a ts is not a message. */
export function asSlackMessage(value: unknown): SlackMessageLike | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.ts !== 'string') return null;
  const text = (key: string): string | undefined =>
    typeof record[key] === 'string' ? (record[key] as string) : undefined;
  return {
    ts: record.ts,
    thread_ts: text('thread_ts'),
    user: text('user'),
    bot_id: text('bot_id'),
    subtype: text('subtype'),
    text: text('text'),
    blocks: record.blocks,
    files: Array.isArray(record.files) ? (record.files as SlackFile[]) : undefined,
  };
}

export function isBotMessage(message: SlackMessageLike): boolean {
  return message.bot_id !== undefined || message.subtype === 'bot_message';
}

/** copydesk's own identity in a workspace, as Bolt's context gives it. */
export interface SelfIds {
  botId?: string | undefined;
  botUserId?: string | undefined;
}

export function isOwnMessage(message: SlackMessageLike, self: SelfIds): boolean {
  return (
    (self.botId !== undefined && message.bot_id === self.botId) ||
    (self.botUserId !== undefined && message.user === self.botUserId)
  );
}

/** A reply in a thread, as opposed to a thread root or a plain message. */
export function isThreadReply(message: SlackMessageLike): boolean {
  return message.thread_ts !== undefined && message.thread_ts !== message.ts;
}
