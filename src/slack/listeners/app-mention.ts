// @copydesk in a channel or thread: read the message's sources (or the thread's, for a bare mention in a thread)
// and answer in the thread.
import type { App } from '@slack/bolt';
import { countSources } from '../gather/message-sources.ts';
import { asSlackMessage, isThreadReply } from '../gather/slack-message.ts';
import { EVENT_CLAIM_TTL_MS, MESSAGE_CLAIM_TTL_MS } from '../jobs/dedupe.ts';
import { answerIfQuestion } from '../jobs/followup-job.ts';
import { startSheetRequest } from '../jobs/sheet-request.ts';
import { threadAnswer } from '../jobs/thread-answer.ts';
import { mentionHowTo } from '../replies.ts';
import type { SlackServices } from '../services.ts';
import { answersIn, tellOnlyIn, workspaceSettings } from '../workspace/workspace-settings.ts';

export function registerAppMention(app: App, services: SlackServices): void {
  app.event('app_mention', async ({ event, body, context, client }) => {
    // Other bots mentioning us would risk loops; Bolt already drops our own messages.
    if (event.bot_id) return;
    const message = asSlackMessage(event);
    if (!message) return;
    const threadTs = event.thread_ts ?? event.ts;
    const team = context.teamId ?? body.team_id ?? 'unknown';
    const job = await services.jobs.accept({
      id: `event:${body.event_id}`,
      team,
      keys: [
        { key: `event:${body.event_id}`, ttlMs: EVENT_CLAIM_TTL_MS },
        // An edit that re-mentions us arrives as a new event for the same message.
        { key: `mention:${event.channel}:${event.ts}`, ttlMs: MESSAGE_CLAIM_TTL_MS },
      ],
      reply: { kind: 'placeholder', channel: event.channel, threadTs, ts: null },
    });
    if (!job) return;
    // An admin may have limited copydesk to some channels (App Home): say so to the asker alone.
    const settings = await workspaceSettings(services, team);
    if (!answersIn(settings, event.channel)) {
      await tellOnlyIn(client, event.channel, event.user, settings.channels, services).finally(() =>
        job.answered(),
      );
      return;
    }

    const self = { botId: context.botId, botUserId: context.botUserId };
    const direct = countSources(message);
    const inThread = isThreadReply(message);
    if (direct === 0 && !inThread) {
      const howTo = mentionHowTo(context.botUserId);
      try {
        await client.chat.postMessage({
          channel: event.channel,
          thread_ts: threadTs,
          text: howTo.text,
          blocks: howTo.blocks,
        });
      } finally {
        job.answered();
      }
      return;
    }
    // Nothing to read, in a thread with a sheet: a question about that sheet's sources, not a new sheet.
    const where = {
      team,
      enterprise: context.enterpriseId ?? null,
      channel: event.channel,
      threadTs,
      text: message.text,
      user: event.user ?? null,
    };
    if (direct === 0 && (await answerIfQuestion(services, client, where, job))) return;
    // On Redis a durable job any instance's worker finishes; otherwise this process's runner.
    await startSheetRequest(services, client, {
      kind: 'mention',
      team,
      enterprise: context.enterpriseId ?? null,
      job,
      destination: threadAnswer(
        services,
        client,
        { channel: event.channel, threadTs, team, user: event.user ?? '' },
        job,
      ),
      channel: event.channel,
      requestedBy: event.user ?? null,
      knownCount: direct > 0 ? direct : null,
      source:
        direct > 0
          ? { kind: 'message', message }
          : { kind: 'thread', channel: event.channel, threadTs, self },
      hintForSingleSource: false,
    });
  });
}
