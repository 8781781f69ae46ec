// The mark a job's answer carries in Slack itself (message metadata), so that whoever takes a job over (a queue
// retry after a stall, a journal lease recovery, a retried delivery) can tell from Slack whether the answer already
// landed before writing it again. The answer's first message (the placeholder or stream, edited into the sheet or a
// sentence) carries ANSWER_EVENT with how many thread replies follow it; each reply (a split sheet's continuation, a
// details part) carries PART_EVENT with its number. Metadata is visible to the workspace's apps: only the job's id
// and counts go in it, never a token or the sheet's content.
import type { MessageMetadata } from '@slack/types';

export const ANSWER_EVENT = 'copydesk_sheet';
export const PART_EVENT = 'copydesk_sheet_part';

export interface AnswerTag {
  /** The job the answer belongs to (its journal and queue id). */
  job: string;
  /** Thread replies that follow the first message, numbered 1…parts. */
  parts: number;
  /**
   * Blocks of the sheet the first message holds when the sheet was split: the rest follow as replies of that many
   * blocks each, before the details. 0: the first message holds none of it (the whole sheet is reply 1).
   */
  split?: number;
  /** The kept sheet's id (sheet-records.ts): a takeover that finds the answer places it for follow-up questions. */
  sheet?: string;
}

export function answerMetadata(tag: AnswerTag): MessageMetadata {
  return {
    event_type: ANSWER_EVENT,
    event_payload: {
      job: tag.job,
      parts: tag.parts,
      ...(tag.split === undefined ? {} : { split: tag.split }),
      ...(tag.sheet === undefined ? {} : { sheet: tag.sheet }),
    },
  };
}

export function partMetadata(job: string, part: number): MessageMetadata {
  return { event_type: PART_EVENT, event_payload: { job, part } };
}

interface MessageWithMetadata {
  metadata?: { event_type?: string; event_payload?: unknown } | undefined;
}

/** The answer tag of `job` on a message read back from Slack, or null when it has none (or another job's). */
export function answerTagOf(message: MessageWithMetadata, job: string): AnswerTag | null {
  const payload = payloadOf(message, ANSWER_EVENT);
  if (!payload || payload.job !== job) return null;
  const parts = typeof payload.parts === 'number' && payload.parts > 0 ? Math.floor(payload.parts) : 0;
  const split =
    typeof payload.split === 'number' && payload.split >= 0 ? Math.floor(payload.split) : undefined;
  const sheet = typeof payload.sheet === 'string' ? payload.sheet : undefined;
  return { job, parts, ...(split === undefined ? {} : { split }), ...(sheet === undefined ? {} : { sheet }) };
}

/** The part number of `job` a thread reply carries, or null. */
export function partNumberOf(message: MessageWithMetadata, job: string): number | null {
  const payload = payloadOf(message, PART_EVENT);
  if (!payload || payload.job !== job || typeof payload.part !== 'number') return null;
  return payload.part;
}

function payloadOf(message: MessageWithMetadata, eventType: string): Record<string, unknown> | null {
  const metadata = message.metadata;
  if (metadata?.event_type !== eventType) return null;
  const payload = metadata.event_payload;
  return payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : null;
}
