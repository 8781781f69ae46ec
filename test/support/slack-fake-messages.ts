// What the Slack double remembers of the messages the app writes (chat.postMessage, chat.update, the streaming
// methods, chat.delete), metadata included, and how conversations.replies and .history show them: a reply's ts
// gives just that reply; a thread's ts gives its root (a stub when the test did not seed one) and its replies; the
// history, a channel's top-level messages; metadata only when asked with include_all_metadata, as Slack does. Seeded messages (FakeSlack.messages) come first and win on a ts.
import type { ThreadMessage } from './slack-fake-api.ts';

export interface KeptMessage extends ThreadMessage {
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export interface KeptMessages {
  /** channel → ts → message, as the app last wrote it. */
  byChannel: Map<string, Map<string, KeptMessage>>;
  /** Record a write Slack accepted (`body` is the double's answer, for a new message's ts). */
  keep(method: string, params: Record<string, unknown>, body: Record<string, unknown>): void;
  /** The conversations.replies answer, or null when neither the seeded nor the kept messages know `ts`. */
  replies(params: Record<string, unknown>, seeded: ThreadMessage[]): Record<string, unknown> | null;
  /** The conversations.history answer: a channel's top-level messages, newest first, from `oldest` on. */
  history(params: Record<string, unknown>, seeded: ThreadMessage[]): Record<string, unknown>;
}

/** The bot the double's kept messages are from (the ids the bot processes are started with). */
const FROM_BOT = { user: 'UCOPYDESK', bot_id: 'BCOPYDESK' } as const;

export function keptMessages(): KeptMessages {
  const byChannel = new Map<string, Map<string, KeptMessage>>();
  const inChannel = (channel: unknown): Map<string, KeptMessage> => {
    const key = String(channel);
    const messages = byChannel.get(key) ?? new Map<string, KeptMessage>();
    byChannel.set(key, messages);
    return messages;
  };
  const metadataOf = (params: Record<string, unknown>): Pick<KeptMessage, 'metadata'> =>
    params.metadata && typeof params.metadata === 'object'
      ? { metadata: params.metadata as NonNullable<KeptMessage['metadata']> }
      : {};

  const keep: KeptMessages['keep'] = (method, params, body) => {
    const messages = inChannel(params.channel);
    if (method === 'chat.postMessage' || method === 'chat.startStream') {
      const ts = String(body.ts);
      messages.set(ts, {
        ts,
        ...(typeof params.thread_ts === 'string' ? { thread_ts: params.thread_ts } : {}),
        ...FROM_BOT,
        text: String(params.text ?? ''),
        ...(Array.isArray(params.blocks) ? { blocks: params.blocks } : {}),
        ...metadataOf(params),
      });
      return;
    }
    const kept = messages.get(String(params.ts));
    if (!kept) return;
    if (method === 'chat.delete') messages.delete(kept.ts);
    // An update that names no metadata leaves the message's own (the double's assumption; every final write names it).
    if (method === 'chat.update' || method === 'chat.stopStream') {
      Object.assign(kept, {
        ...(typeof params.text === 'string' ? { text: params.text } : {}),
        ...(Array.isArray(params.blocks) ? { blocks: params.blocks } : {}),
        ...metadataOf(params),
      });
    }
  };

  /** Seeded and kept messages of a channel, and how to show one (metadata only when asked for). */
  const view = (params: Record<string, unknown>, seeded: ThreadMessage[]) => {
    const kept = [...inChannel(params.channel).values()];
    const withMetadata = params.include_all_metadata === true || params.include_all_metadata === 'true';
    const shown = (message: ThreadMessage) => {
      if (withMetadata) return message;
      const { metadata: _hidden, ...rest } = message as KeptMessage;
      return rest;
    };
    const all = [...seeded, ...kept.filter((message) => !seeded.some((other) => other.ts === message.ts))];
    const oldest = typeof params.oldest === 'string' ? Number(params.oldest) : Number.NEGATIVE_INFINITY;
    return { all, shown, oldest };
  };

  const history: KeptMessages['history'] = (params, seeded) => {
    const { all, shown, oldest } = view(params, seeded);
    const top = all.filter(
      (message) => (!message.thread_ts || message.thread_ts === message.ts) && Number(message.ts) >= oldest,
    );
    top.sort((a, b) => Number(b.ts) - Number(a.ts));
    return { ok: true, messages: top.map(shown), has_more: false };
  };

  const replies: KeptMessages['replies'] = (params, seeded) => {
    const ts = String(params.ts);
    const { all, shown, oldest } = view(params, seeded);
    const target = all.find((message) => message.ts === ts);
    // Like Slack: a reply's ts gives just that reply.
    if (target?.thread_ts && target.thread_ts !== target.ts) {
      return { ok: true, messages: [shown(target)], has_more: false };
    }
    const thread = all.filter((message) => message.thread_ts === ts && message.ts !== ts);
    if (!target && thread.length === 0) return null;
    const root = target ?? { ts, text: '' };
    const after = thread.filter((message) => Number(message.ts) >= oldest);
    return { ok: true, messages: [root, ...after].map(shown), has_more: false };
  };

  return { byChannel, keep, replies, history };
}
