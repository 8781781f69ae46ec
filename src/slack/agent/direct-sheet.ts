// A message to copydesk itself (its agent pane, or a DM) is a request like a mention: links or a paste get a
// sheet in that thread, streamed where the workspace can; nothing to read gets how to ask.
import type { WebClient } from '@slack/web-api';
import { countSources } from '../gather/message-sources.ts';
import type { SlackMessageLike } from '../gather/slack-message.ts';
import { EVENT_CLAIM_TTL_MS, MESSAGE_CLAIM_TTL_MS } from '../jobs/dedupe.ts';
import { startSheetRequest } from '../jobs/sheet-request.ts';
import { threadAnswer } from '../jobs/thread-answer.ts';
import type { SlackServices } from '../services.ts';
import { directHowTo, threadTitle } from './agent-replies.ts';

export interface DirectRequest {
  eventId: string;
  team: string;
  /** The team's Enterprise Grid org, if any. */
  enterprise: string | null;
  /** The DM (D…) the message is in. */
  channel: string;
  /** The thread answers go in: the pane's thread, or the DM message itself. */
  threadTs: string;
  user: string;
  message: SlackMessageLike;
  /** The channel the user was looking at when they opened the pane, if Slack said. */
  contextChannel?: string | undefined;
  compareEmoji: string;
  /** The pane names its threads; a plain DM has no title. */
  setTitle?: (title: string) => Promise<unknown>;
}

export async function answerDirect(services: SlackServices, client: WebClient, request: DirectRequest) {
  const { channel, threadTs, team, message, logger } = { ...request, logger: services.logger };
  const job = await services.jobs.accept({
    id: `event:${request.eventId}`,
    team,
    keys: [
      { key: `event:${request.eventId}`, ttlMs: EVENT_CLAIM_TTL_MS },
      { key: `dm:${channel}:${message.ts}`, ttlMs: MESSAGE_CLAIM_TTL_MS },
    ],
    reply: { kind: 'placeholder', channel, threadTs, ts: null },
  });
  if (!job) return;
  const count = countSources(message);
  if (count === 0) {
    const howTo = directHowTo(request.contextChannel, request.compareEmoji);
    try {
      await client.chat.postMessage({ channel, thread_ts: threadTs, text: howTo.text, blocks: howTo.blocks });
    } finally {
      job.answered();
    }
    return;
  }
  // The title is a nicety of the pane: a refusal must not stop the sheet.
  await request.setTitle?.(threadTitle(count, message.text)).catch((error: unknown) => {
    logger.debug({ err: error, channel }, 'thread title not set');
  });
  await startSheetRequest(services, client, {
    kind: 'direct',
    team,
    enterprise: request.enterprise,
    job,
    destination: threadAnswer(services, client, { channel, threadTs, team, user: request.user }, job),
    channel,
    requestedBy: request.user,
    knownCount: count,
    source: { kind: 'message', message },
    hintForSingleSource: false,
  });
}
