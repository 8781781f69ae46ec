// Before a taken-over job writes anything (its progress would overwrite a sheet already there), it reads its answer
// back from Slack: the first message by its ts (one conversations.replies call: a reply's ts gives just that
// reply), and only when that says replies follow, the thread after it (a second call). Never on a first attempt,
// so the normal path costs nothing. A read that fails says "unknown": the caller writes, because a sheet written
// twice beats a sheet lost. Needs the *:history scopes the manifest already asks for (thread reading uses them).
import type { WebClient } from '@slack/web-api';
import { type AnswerTag, answerTagOf, partNumberOf } from './answer-tag.ts';

export type LandedAnswer =
  /** Nothing of this job's answer is there: run it. */
  | { state: 'absent' }
  /** The answer could not be read back (network, scope, a message gone): run it, and log `reason`. */
  | { state: 'unknown'; reason: string }
  /** The first message and every reply are there: only mark the job answered. */
  | { state: 'whole' }
  /** The first message is there, some replies are not: post only those (resumed-answer.ts). */
  | { state: 'partial'; tag: AnswerTag; present: ReadonlySet<number> };

/** Pages of a thread read for the replies: an answer's replies come right after it, so one is nearly always enough. */
const MAX_PAGES = 3;
const PAGE_SIZE = 100;

export async function landedAnswer(
  client: WebClient,
  where: { channel: string; threadTs: string; ts: string },
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
  if (!tag) return { state: 'absent' };
  if (tag.parts === 0) return { state: 'whole' };
  let present: Set<number>;
  try {
    present = await partsInThread(client, where, job);
  } catch {
    // The sheet is there, its replies unknown: post them all again rather than risk losing one.
    return { state: 'partial', tag, present: new Set() };
  }
  for (let part = 1; part <= tag.parts; part += 1) {
    if (!present.has(part)) return { state: 'partial', tag, present };
  }
  return { state: 'whole' };
}

async function partsInThread(
  client: WebClient,
  where: { channel: string; threadTs: string; ts: string },
  job: string,
): Promise<Set<number>> {
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
