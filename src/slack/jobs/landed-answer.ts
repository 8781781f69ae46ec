// Before a taken-over job writes anything (its progress would overwrite a sheet already there), it reads its answer
// back from Slack: the first message by its ts (one conversations.replies call: a reply's ts gives just that
// reply), and only when that says replies follow, the thread after it (a second call). Never on a first attempt,
// so the normal path costs nothing. A read that fails says "unknown": the caller writes, because a sheet written
// twice beats a sheet lost. Needs the *:history scopes the manifest already asks for (thread reading uses them).
// A /factsheet sheet is posted to the channel (no placeholder): it is found by its tag among the channel's
// messages since the job was asked for (one conversations.history call).
import type { WebClient } from '@slack/web-api';
import { type AnswerTag, answerTagOf, partNumberOf } from './answer-tag.ts';

export type LandedAnswer =
  /** Nothing of this job's answer is there: run it. */
  | { state: 'absent' }
  /** The answer could not be read back (network, scope, a message gone): run it, and log `reason`. */
  | { state: 'unknown'; reason: string }
  /** The first message (`where`) and every reply are there: only mark the job answered. */
  | { state: 'whole'; tag: AnswerTag; where: AnswerMessageAt }
  /** The first message (`where`) is there, some replies are not: post only those (resumed-answer.ts). */
  | { state: 'partial'; tag: AnswerTag; present: ReadonlySet<number>; where: AnswerMessageAt };

/** Where an answer's first message is: its ts, and the thread its replies go to. */
export interface AnswerMessageAt {
  channel: string;
  threadTs: string;
  ts: string;
}

/**
 * Pages read for an answer's replies (they come right after it, so one nearly always does) or for a command's sheet
 * among a channel's messages since it was asked for. 15 a page: Slack's most for conversations.replies and
 * .history in apps distributed outside the Marketplace (which also get one such call a minute; this read is rare).
 */
const MAX_PAGES = 3;
const PAGE_SIZE = 15;

export async function landedAnswer(
  client: WebClient,
  where: AnswerMessageAt,
  job: string,
): Promise<LandedAnswer> {
  let tag: AnswerTag | null;
  try {
    const read = await client.conversations.replies({
      channel: where.channel,
      ts: where.ts,
      include_all_metadata: true,
      limit: 1,
    });
    const message = read.messages?.find((candidate) => candidate.ts === where.ts);
    if (!message) return { state: 'unknown', reason: 'the answer’s message was not in the reply' };
    tag = answerTagOf(message, job);
  } catch (error) {
    return { state: 'unknown', reason: reasonOf(error) };
  }
  return tag ? withReplies(client, where, tag) : { state: 'absent' };
}

/** A command's sheet, posted to `channel` since `sinceMs`: found by this job's tag, then read like any answer. */
export async function landedInChannel(
  client: WebClient,
  channel: string,
  sinceMs: number,
  job: string,
): Promise<LandedAnswer> {
  try {
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const read = await client.conversations.history({
        channel,
        // A second early: the job's time is this process's clock, the message's is Slack's.
        oldest: (sinceMs / 1000 - 1).toFixed(6),
        include_all_metadata: true,
        limit: PAGE_SIZE,
        ...(cursor ? { cursor } : {}),
      });
      for (const message of read.messages ?? []) {
        const tag = answerTagOf(message, job);
        if (tag && message.ts)
          return withReplies(client, { channel, threadTs: message.ts, ts: message.ts }, tag);
      }
      cursor = read.response_metadata?.next_cursor || undefined;
      if (!read.has_more || !cursor) return { state: 'absent' };
    }
    return { state: 'unknown', reason: 'the channel had more messages since the request than were read' };
  } catch (error) {
    return { state: 'unknown', reason: reasonOf(error) };
  }
}

/** The first message is there: whole when every reply its tag counts is there too. */
async function withReplies(client: WebClient, where: AnswerMessageAt, tag: AnswerTag): Promise<LandedAnswer> {
  if (tag.parts === 0) return { state: 'whole', tag, where };
  let present: Set<number>;
  try {
    present = await partsInThread(client, where, tag.job);
  } catch {
    // The sheet is there, its replies unknown: post them all again rather than risk losing one.
    return { state: 'partial', tag, present: new Set(), where };
  }
  for (let part = 1; part <= tag.parts; part += 1) {
    if (!present.has(part)) return { state: 'partial', tag, present, where };
  }
  return { state: 'whole', tag, where };
}

async function partsInThread(client: WebClient, where: AnswerMessageAt, job: string): Promise<Set<number>> {
  const present = new Set<number>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const read = await client.conversations.replies({
      channel: where.channel,
      ts: where.threadTs,
      oldest: where.ts,
      include_all_metadata: true,
      limit: PAGE_SIZE,
      ...(cursor ? { cursor } : {}),
    });
    for (const message of read.messages ?? []) {
      const part = partNumberOf(message, job);
      if (part !== null) present.add(part);
    }
    cursor = read.response_metadata?.next_cursor || undefined;
    if (!read.has_more || !cursor) break;
  }
  return present;
}

/** Slack's error code (or the client's), never the error's whole text: it can hold a request's details. */
function reasonOf(error: unknown): string {
  const record = error as { data?: { error?: string }; code?: string } | null;
  return record?.data?.error ?? record?.code ?? 'unknown error';
}
