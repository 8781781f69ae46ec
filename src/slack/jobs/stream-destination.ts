// The second kind of reply: a streamed message (chat.startStream → appendStream → stopStream) that shows the
// job's steps as a plan and ends with the sheet's blocks. Where the workspace cannot stream, the first refusal
// is remembered and this destination becomes today's placeholder and update, for this job and the next ones.
// While working, a status line under the thread (assistant.threads.setStatus), best effort.
import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../logger.ts';
import type { ReplyTarget } from '../../store/job-journal.ts';
import type { Store } from '../../store/store.ts';
import type { SourceInput } from '../../types.ts';
import type { Reply } from '../replies.ts';
import { knownReplyMode, meansCannotStream, rememberReplyMode } from '../workspace/reply-mode.ts';
import { answerMetadata, partMetadata } from './answer-tag.ts';
import { type Destination, postDetails, type SheetMessage, threadDestination } from './destinations.ts';
import { createProgressTracker, type ProgressTracker } from './progress-tracker.ts';
import { createSteps, line } from './stream-steps.ts';
import { streamTracker } from './stream-tracker.ts';

export interface StreamPlace {
  channel: string;
  threadTs: string;
  team: string;
  /** Who asked: a stream outside a DM is addressed to one user of one team. */
  user: string;
  /** The job's id, in a placeholder's metadata and on the answer (see threadDestination). */
  tag?: string;
}

export interface StreamDeps {
  client: WebClient;
  logger: Logger;
  store: Store;
  /** Least time between two appends (chat.appendStream is rate limited like any write). */
  intervalMs: number;
}

export interface StreamHooks {
  /** Where the job's answer is, for the journal. */
  placed(ts: string): void;
  streaming(ts: string): void;
}

export function streamDestination(
  deps: StreamDeps,
  place: StreamPlace,
  /** The job's reply so far: a dead owner's placeholder is reused, its stream stopped before a new one starts. */
  existing: ReplyTarget,
  hooks: StreamHooks,
  /**
   * A queued job's worker goes on in the stream the listener started (or a dead worker left): the same message
   * gets the steps and the sheet, never a second stream. Without it, an existing stream is stopped (a journal
   * takeover answers afresh).
   */
  options: { resume?: boolean } = {},
): Destination {
  const { client, logger, store } = deps;
  const { channel, threadTs } = place;
  const placeholder = threadDestination(
    client,
    channel,
    threadTs,
    logger,
    existing.kind === 'placeholder' ? existing.ts : null,
    hooks.placed,
    place.tag,
  );
  const resumed = options.resume === true && existing.kind === 'stream';
  let mode: 'undecided' | 'stream' | 'placeholder' = resumed
    ? 'stream'
    : existing.kind === 'placeholder' && existing.ts
      ? 'placeholder'
      : 'undecided';
  let streamTs: string | null = resumed ? existing.ts : null;
  let steps: ReturnType<typeof createSteps> | null = null;
  // The listener may have shown a status line: the worker clears it at the end (best effort, as it was set).
  let statusShown = resumed;

  const setStatus = async (status: string): Promise<void> => {
    try {
      await client.assistant.threads.setStatus({ channel_id: channel, thread_ts: threadTs, status });
      statusShown = status !== '';
    } catch (error) {
      // A status line is a nicety: an older workspace or a missing assistant:write scope must not stop the job.
      logger.debug({ err: error, channel }, 'status line not shown');
    }
  };
  const clearStatus = async (): Promise<void> => {
    if (statusShown) await setStatus('');
  };

  const start = async (reply: Reply): Promise<typeof mode> => {
    await begin(reply);
    return mode;
  };
  const begin = async (reply: Reply): Promise<void> => {
    if (existing.kind === 'stream') await stopInterruptedStream(client, existing, null, logger);
    const known = await knownReplyMode(store, place.team).catch(() => undefined);
    if (known === 'placeholder') {
      mode = 'placeholder';
      return;
    }
    try {
      const started = await client.chat.startStream({
        channel,
        thread_ts: threadTs,
        recipient_team_id: place.team,
        recipient_user_id: place.user,
        task_display_mode: 'plan',
        chunks: [{ type: 'plan_update', title: planTitle(reply.text) }],
      });
      if (!started.ts) throw new Error('chat.startStream answered without a ts');
      streamTs = started.ts;
      mode = 'stream';
      hooks.streaming(started.ts);
      if (known !== 'stream') await rememberReplyMode(store, place.team, 'stream').catch(() => {});
    } catch (error) {
      const code = codeOf(error);
      mode = 'placeholder';
      if (meansCannotStream(code)) {
        logger.info({ team: place.team, code }, 'this workspace cannot stream: placeholders from now on');
        await rememberReplyMode(store, place.team, 'placeholder').catch(() => {});
      } else {
        // This one call failed (a rate limit, a channel problem): this job uses a placeholder, the next tries again.
        logger.warn({ err: error, team: place.team }, 'could not start a stream; using a placeholder');
      }
    }
  };

  const append = async (
    chunks: Parameters<WebClient['chat']['appendStream']>[0]['chunks'],
  ): Promise<void> => {
    if (!streamTs || !chunks || chunks.length === 0) return;
    await client.chat.appendStream({ channel, ts: streamTs, chunks });
  };

  /**
   * End the stream with blocks under the plan; if Slack refuses the blocks, end it bare and post them below. The
   * stop carries the answer tag (chat.stopStream takes metadata like chat.update): `details` replies follow, and
   * in the bare case the sheet itself is reply 1. Returns how many replies it posted before the details.
   */
  const stop = async (
    ending: 'complete' | 'error',
    message: { text: string; blocks: KnownBlock[]; details?: unknown[]; sheetId?: string },
  ): Promise<number> => {
    const { text, blocks } = message;
    const ts = streamTs as string;
    const chunks = steps ? steps.finish(ending) : [];
    const details = message.details?.length ?? 0;
    const sheet = message.sheetId ? { sheet: message.sheetId } : {};
    const tagged = (parts: number, split?: number) =>
      place.tag
        ? {
            metadata: answerMetadata({
              job: place.tag,
              parts,
              ...sheet,
              ...(split === undefined ? {} : { split }),
            }),
          }
        : {};
    try {
      await client.chat.stopStream({ channel, ts, chunks, blocks, ...tagged(details) });
      return 0;
    } catch (error) {
      // Blocks this workspace will not take (a table): the stream stays open for the caller's plainer sheet.
      if (BLOCKS_REFUSED.has(codeOf(error))) throw error;
      logger.warn({ err: error, channel }, 'the stream would not end with the sheet; posting it as a reply');
      await client.chat
        .stopStream({ channel, ts, chunks, ...tagged(1 + details, 0) })
        .catch((stopError: unknown) => {
          logger.warn({ err: stopError, channel }, 'could not stop the stream');
        });
      // Not through postParts: a sheet that cannot be posted either must fail the job, so the user is told.
      await client.chat.postMessage({
        channel,
        thread_ts: threadTs,
        text,
        blocks,
        unfurl_links: false,
        unfurl_media: false,
        ...(place.tag ? { metadata: partMetadata(place.tag, 1) } : {}),
      });
      return 1;
    }
  };

  return {
    showsProgress: true,
    status: async (reply) => {
      if (mode === 'undecided') {
        await setStatus(statusLine(reply.text));
        // Started, the stream already shows this reply as its plan's title.
        if ((await start(reply)) === 'stream') return;
      }
      if (mode === 'placeholder') return placeholder.status(reply);
      await append([{ type: 'plan_update', title: planTitle(reply.text) }]);
    },
    track: (inputs: SourceInput[]): ProgressTracker => {
      if (mode !== 'stream') {
        return createProgressTracker(inputs, placeholder.status, deps.intervalMs, logger);
      }
      steps = createSteps(inputs);
      return streamTracker(steps, append, deps.intervalMs, logger);
    },
    deliver: async (message: SheetMessage) => {
      await clearStatus();
      if (mode !== 'stream') return placeholder.deliver(message);
      const before = await stop('complete', message);
      const numbering = place.tag ? { job: place.tag, first: before + 1 } : undefined;
      await postDetails(client, channel, threadTs, message, logger, numbering);
      // Where the sheet is, so feedback and follow-up questions find it.
      return { channel, ts: streamTs as string, threadTs };
    },
    finish: async (reply) => {
      await clearStatus();
      if (mode !== 'stream') return placeholder.finish(reply);
      await stop('error', reply);
    },
  };
}

/**
 * End a stream whose job will not finish here (its owner died, or it is being started again): the plan stops
 * showing as running, and the sentence, when given, says what happened. A stream Slack already closed answers
 * with an error: the sentence then goes as a thread reply, so the user is still told.
 */
export async function stopInterruptedStream(
  client: WebClient,
  target: Extract<ReplyTarget, { kind: 'stream' }>,
  sentence: Reply | null,
  logger: Logger,
): Promise<void> {
  try {
    await client.chat.stopStream({
      channel: target.channel,
      ts: target.ts,
      ...(sentence ? { blocks: sentence.blocks } : {}),
    });
    return;
  } catch (error) {
    logger.warn({ err: error, channel: target.channel }, 'could not stop an interrupted stream');
    if (!sentence) return;
  }
  await client.chat.postMessage({
    channel: target.channel,
    thread_ts: target.threadTs,
    text: sentence.text,
    blocks: sentence.blocks,
  });
}

/** "Reading 3 sources…" without the emoji shortcode a placeholder starts with: the plan has its own icons. */
function planTitle(text: string): string {
  return line(text.replace(/^(:[a-z0-9_+-]+:\s*)+/, ''), 150);
}

function statusLine(text: string): string {
  const plain = planTitle(text);
  return `is ${plain.charAt(0).toLowerCase()}${plain.slice(1)}`;
}

const BLOCKS_REFUSED = new Set(['invalid_blocks', 'invalid_blocks_format']);

function codeOf(error: unknown): string {
  const record = error as { data?: { error?: string }; code?: string } | null;
  return record?.data?.error ?? record?.code ?? 'unknown';
}
