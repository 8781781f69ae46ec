// The compare reaction (default :scales:) on any message: compare every source in that message's thread.
import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { userMessage } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import { isOwnMessage } from '../gather/slack-message.ts';
import { readReactedThread } from '../gather/thread-reader.ts';
import { claimAll, EVENT_CLAIM_TTL_MS, REACTION_CLAIM_TTL_MS } from '../jobs/dedupe.ts';
import { threadDestination } from '../jobs/destinations.ts';
import type { AcceptedJob } from '../jobs/job-ledger.ts';
import { startSheetRequest } from '../jobs/sheet-request.ts';
import { threadAnswer } from '../jobs/thread-answer.ts';
import { failureReply } from '../replies.ts';
import type { SlackServices } from '../services.ts';
import { answersIn, workspaceSettings } from '../workspace/workspace-settings.ts';

export function registerReactionAdded(app: App, services: SlackServices): void {
  app.event('reaction_added', async ({ event, body, context, client }) => {
    const { logger, store } = services;
    if (event.item.type !== 'message') return;
    // The workspace's own reaction and channels (App Home) when set, the environment's default otherwise.
    const settings = await workspaceSettings(services, context.teamId ?? body.team_id ?? 'unknown');
    if (event.reaction !== settings.compareEmoji || !answersIn(settings, event.item.channel)) return;
    // A reaction on one of copydesk's own fact sheets is a reader's opinion, not a request.
    if (context.botUserId && event.item_user === context.botUserId) return;
    const { channel, ts } = event.item;
    const team = context.teamId ?? body.team_id ?? 'unknown';
    const job = await services.jobs.accept({
      id: `event:${body.event_id}`,
      team,
      keys: [{ key: `event:${body.event_id}`, ttlMs: EVENT_CLAIM_TTL_MS }],
      // The thread's root is known only once the message is read; until then, answers go under the message.
      reply: { kind: 'placeholder', channel, threadTs: ts, ts: null },
    });
    if (!job) return;
    // Every way out below answers the job once: a sheet, a sentence, or nothing to do.
    let started = false;
    try {
      if (await reactedByBot(client, event.user, logger)) return;
      // Claimed only now, so that a bot's reaction does not block a person's for the next ten minutes.
      const sameMessage = { key: `reaction:${channel}:${ts}`, ttlMs: REACTION_CLAIM_TTL_MS };
      if (!(await claimAll(store, [sameMessage], logger))) return;
      started = await compareThread(services, {
        channel,
        ts,
        team,
        enterprise: context.enterpriseId ?? null,
        job,
        client,
        context,
        user: event.user,
      });
    } finally {
      if (!started) job.answered();
    }
  });
}

interface ReactionJob {
  channel: string;
  ts: string;
  team: string;
  enterprise: string | null;
  job: AcceptedJob;
  /** Who reacted: the one the answer streams to, and who asked in App Home's list. */
  user: string;
  client: WebClient;
  context: { botId?: string | undefined; botUserId?: string | undefined };
}

/** Reads the reacted thread and starts the comparison; false when no job was started. */
async function compareThread(services: SlackServices, reaction: ReactionJob): Promise<boolean> {
  const { logger } = services;
  const { channel, ts, client, context, job } = reaction;
  let thread: Awaited<ReturnType<typeof readReactedThread>>;
  try {
    thread = await readReactedThread(client, channel, ts);
  } catch (error) {
    // Never silence: say why under the reacted message (a missing scope, a rate limit, Slack down).
    logger.warn({ err: error, channel }, 'could not read the reacted thread');
    await threadDestination(client, channel, ts, logger)
      .finish(failureReply(userMessage(error)))
      .catch((postError: unknown) =>
        logger.error({ err: postError, channel }, 'could not report the failure'),
      );
    return false;
  }
  if (!thread) return false;
  const self = { botId: context.botId, botUserId: context.botUserId };
  // Other bots' messages count here (a feed bot posting links is a fine source); copydesk's own do not.
  const messages = thread.messages.filter((message) => !isOwnMessage(message, self));
  await startSheetRequest(services, client, {
    kind: 'reaction',
    team: reaction.team,
    enterprise: reaction.enterprise,
    job,
    destination: threadAnswer(
      services,
      client,
      { channel, threadTs: thread.rootTs, team: reaction.team, user: reaction.user },
      job,
    ),
    channel,
    requestedBy: reaction.user,
    knownCount: null,
    // Read here (the answer goes under the thread's root): a queued job carries the messages themselves.
    source: { kind: 'messages', messages },
    hintForSingleSource: true,
  });
  return true;
}

/**
 * reaction_added does not say whether the reactor is a bot. users.info does (scope users:read); without the
 * scope the reaction is taken as a person's, which is the safe way to fail for a user-driven feature.
 */
async function reactedByBot(client: WebClient, user: string, logger: Logger): Promise<boolean> {
  try {
    const result = await client.users.info({ user });
    return result.user?.is_bot === true;
  } catch (error) {
    logger.debug({ err: error, user }, 'could not look up the reacting user');
    return false;
  }
}
