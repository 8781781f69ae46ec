// copydesk in its own pane (Slack's agent view, Bolt's Assistant) and in DMs. A new pane thread gets the
// suggested prompts; the channel the user was looking at is kept as the thread's context; a message in the pane
// or a DM is answered like a mention. Events: assistant_thread_started, assistant_thread_context_changed,
// message.im (scopes assistant:write, im:history).
import { type App, Assistant, type AssistantConfig } from '@slack/bolt';
import type { Store } from '../../store/store.ts';
import { PROMPTS_TITLE, SUGGESTED_PROMPTS } from '../agent/agent-replies.ts';
import { answerDirect } from '../agent/direct-sheet.ts';
import { asSlackMessage, isBotMessage } from '../gather/slack-message.ts';
import type { SlackServices } from '../services.ts';
import { workspaceSettings } from '../workspace/workspace-settings.ts';

/** Bolt 5.1 does not export these two types by name; they are its Assistant config's own. */
type AssistantThreadContextStore = NonNullable<AssistantConfig['threadContextStore']>;
type AssistantThreadContext = Awaited<ReturnType<AssistantThreadContextStore['get']>>;

/** A pane thread's context lives as long as people come back to a thread: a week. */
const CONTEXT_TTL_MS = 7 * 24 * 3600_000;

export function registerAgentView(app: App, services: SlackServices): void {
  app.assistant(
    new Assistant({
      threadContextStore: storedContext(services.store),
      threadStarted: async ({ saveThreadContext, setSuggestedPrompts, logger }) => {
        try {
          await saveThreadContext();
          await setSuggestedPrompts({ title: PROMPTS_TITLE, prompts: SUGGESTED_PROMPTS });
        } catch (error) {
          logger.warn('could not set up a new pane thread', error);
        }
      },
      threadContextChanged: async ({ saveThreadContext }) => {
        await saveThreadContext();
      },
      userMessage: async ({ message, body, context, client, getThreadContext, setTitle }) => {
        const read = asSlackMessage(message);
        if (!read?.thread_ts || !read.user || isBotMessage(read)) return;
        const team = context.teamId ?? body.team_id ?? 'unknown';
        const threadContext = await getThreadContext().catch(() => ({}) as AssistantThreadContext);
        await answerDirect(services, client, {
          eventId: body.event_id,
          team,
          enterprise: context.enterpriseId ?? null,
          channel: (message as { channel: string }).channel,
          threadTs: read.thread_ts,
          user: read.user,
          message: read,
          contextChannel: threadContext.channel_id,
          compareEmoji: (await workspaceSettings(services, team)).compareEmoji,
          setTitle,
        });
      },
    }),
  );
  // A top-level DM (the Messages tab, or a workspace without the pane): the Assistant passes it on to here.
  app.event('message', async ({ event, body, context, client }) => {
    if (event.channel_type !== 'im') return;
    const subtype = 'subtype' in event ? event.subtype : undefined;
    if (subtype !== undefined && subtype !== 'file_share') return;
    const read = asSlackMessage(event);
    if (!read?.user || isBotMessage(read)) return;
    const team = context.teamId ?? body.team_id ?? 'unknown';
    await answerDirect(services, client, {
      eventId: body.event_id,
      team,
      enterprise: context.enterpriseId ?? null,
      channel: event.channel,
      threadTs: read.thread_ts ?? read.ts,
      user: read.user,
      message: read,
      compareEmoji: (await workspaceSettings(services, team)).compareEmoji,
    });
  });
}

/** Bolt's default keeps the context in message metadata (extra API calls); ours keeps it in the store. */
function storedContext(store: Store): AssistantThreadContextStore {
  const key = (channel: string, thread: string) => `assistant-context:${channel}:${thread}`;
  const where = (payload: unknown): { channel: string; thread: string; context: AssistantThreadContext } => {
    const record = payload as {
      channel?: string;
      thread_ts?: string;
      assistant_thread?: { channel_id: string; thread_ts: string; context?: AssistantThreadContext };
    };
    const thread = record.assistant_thread;
    return {
      channel: thread?.channel_id ?? record.channel ?? '',
      thread: thread?.thread_ts ?? record.thread_ts ?? '',
      context: thread?.context ?? {},
    };
  };
  return {
    get: async (args) => {
      const { channel, thread } = where(args.payload);
      return (await store.get<AssistantThreadContext>(key(channel, thread))) ?? {};
    },
    save: async (args) => {
      const { channel, thread, context } = where(args.payload);
      await store.set(key(channel, thread), context, CONTEXT_TTL_MS);
    },
  };
}
