// What a queued job carries: everything a worker on any instance needs to finish it, as plain data (no token:
// the worker has its own client). A fact sheet (every trigger) or a follow-up question in a sheet's thread.
import type { SelfIds, SlackMessageLike } from '../../gather/slack-message.ts';
import type { SheetSource } from '../sheet-source.ts';

/** Which trigger made the job: for the logs, and how its answer was started. */
export type SheetKind = 'mention' | 'reaction' | 'direct' | 'command';

/**
 * Where a queued job's answer goes, as the listener started it: the placeholder it posted, the stream it opened
 * (the worker goes on in it), or a slash command's response_url (the sheet itself is posted to `channel`).
 */
export type QueuedReply =
  | { kind: 'placeholder'; threadTs: string; ts: string }
  | { kind: 'stream'; threadTs: string; ts: string }
  | { kind: 'ephemeral'; responseUrl: string };

/** What every queued job carries: who asked, where, and where its answer was started. */
interface QueuedCommon {
  id: string;
  team: string;
  /** The team's Enterprise Grid org, if any: an org-wide installation is kept under it. */
  enterprise?: string | null;
  channel: string;
  reply: QueuedReply;
  requestedBy: string | null;
  /** When the request was accepted: the sheet's deadline counts from here, time queued included. */
  requestedAt: number;
}

/** A fact sheet to read and deliver. */
export interface QueuedSheet extends QueuedCommon {
  kind: SheetKind;
  knownCount: number | null;
  source: SheetSource;
  /** A comparison asked for (the reaction): one source gets a note on how to compare. */
  hintForSingleSource: boolean;
}

/**
 * A question asked in a sheet's thread, answered in the placeholder the listener posted from that sheet's kept
 * sources (read from the store when the job runs).
 */
export interface QueuedFollowup extends QueuedCommon {
  kind: 'followup';
  /** The sheet's thread. */
  threadTs: string;
  question: string;
}

export type QueuedJob = QueuedSheet | QueuedFollowup;

/** A job enqueued by an instance from before every kind was queued (mentions only): read the same way. */
interface LegacyQueuedSheet {
  id: string;
  team: string;
  enterprise?: string | null;
  channel: string;
  threadTs: string;
  placeholderTs: string;
  requestedBy: string | null;
  requestedAt: number;
  knownCount: number | null;
  source: { kind: 'message'; message: SlackMessageLike } | { kind: 'thread'; self: SelfIds };
}

export function currentShape(data: QueuedJob | LegacyQueuedSheet): QueuedJob {
  if ('reply' in data) return data;
  const { threadTs, placeholderTs, source, ...rest } = data;
  return {
    ...rest,
    kind: 'mention',
    reply: { kind: 'placeholder', threadTs, ts: placeholderTs },
    source:
      source.kind === 'message'
        ? source
        : { kind: 'thread', channel: data.channel, threadTs, self: source.self },
    hintForSingleSource: false,
  };
}
