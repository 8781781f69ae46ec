// Everything copydesk says in Slack besides the fact sheet itself: placeholders, progress, help, errors.
// Pure functions; any text from users or sources is escaped.
import type { KnownBlock } from '@slack/types';
import { context, section } from '../render/blocks/block-kit.ts';
import { escapeMrkdwn, safeLine } from '../render/blocks/escape.ts';

export interface Reply {
  text: string;
  blocks: KnownBlock[];
}

function reply(text: string, extra: KnownBlock[] = []): Reply {
  return { text, blocks: [section(text), ...extra] };
}

function sources(count: number): string {
  return count === 1 ? '1 source' : `${count} sources`;
}

export function readingReply(count: number | null): Reply {
  return reply(
    count === null
      ? ':hourglass_flowing_sand: Gathering sources…'
      : `:hourglass_flowing_sand: Reading ${sources(count)}…`,
  );
}

/** A follow-up question's placeholder. */
export function lookingReply(): Reply {
  return reply(':mag: Looking in this fact sheet’s sources…');
}

export function queuedReply(ahead: number): Reply {
  return reply(
    `:hourglass: Queued: copydesk is working on ${ahead === 1 ? 'another fact sheet' : `${ahead} other fact sheets`} in this workspace and will start on this one next.`,
  );
}

/** COPYDESK_QUEUE_MAX_PER_WORKSPACE reached, across every instance. */
export function queueFullReply(): Reply {
  return reply(
    ':no_entry: copydesk already has as many fact sheets waiting for this workspace as it takes. Please ask again once some are done.',
  );
}

export function busyReply(): Reply {
  return reply(
    ':no_entry: copydesk is busy with too many fact sheets in this workspace right now. Please ask again in a few minutes.',
  );
}

export type SourceState = 'waiting' | 'reading' | 'analysing' | 'done' | 'failed';

export interface SourceProgress {
  id: string;
  label: string;
  state: SourceState;
  detail: string | null;
}

const MARK: Record<SourceState, string> = {
  waiting: ':white_small_square:',
  reading: ':hourglass_flowing_sand:',
  analysing: ':mag:',
  done: ':white_check_mark:',
  failed: ':x:',
};

export function progressReply(total: number, items: SourceProgress[], comparing: boolean): Reply {
  const finished = items.filter((item) => item.state === 'done' || item.state === 'failed').length;
  const head = comparing
    ? `:hourglass_flowing_sand: Comparing ${sources(total)}…`
    : `:hourglass_flowing_sand: Reading ${sources(total)}… (${finished} of ${total} done)`;
  const lines = items.map((item) => {
    const detail = item.detail ? ` · ${safeLine(item.detail, 160)}` : '';
    return `${MARK[item.state]} *${escapeMrkdwn(item.id)}* ${safeLine(item.label, 120)}${detail}`;
  });
  return { text: head, blocks: [section(head), ...(lines.length > 0 ? [context([lines.join('\n')])] : [])] };
}

export function mentionHowTo(botUserId: string | undefined): Reply {
  const me = botUserId ? `<@${botUserId}>` : '@copydesk';
  return reply(
    `:wave: Give me something to read. Mention ${me} with:\n` +
      '• one or more links to articles, or\n' +
      '• the article text pasted into the message (long pastes can be a snippet), or\n' +
      `• nothing else, in a thread that already has links or articles: I read the whole thread.\n` +
      'With two or more sources I also show where they agree and disagree.',
  );
}

export function emptyThreadReply(): Reply {
  return reply(':thinking_face: I found no links, pasted articles or text snippets in this thread to read.');
}

export function commandUsage(command: string): Reply {
  return reply(
    `*Usage:* \`${escapeMrkdwn(command)} URL [URL…]\`\n` +
      'Give one or more links to articles; with two or more I compare them.\n' +
      'To check pasted text, mention @copydesk with the text in a message instead.',
  );
}

export function notInChannelHint(): KnownBlock {
  return context([
    ':information_source: Only you can see this because copydesk is not a member of this channel. Invite it with `/invite @copydesk` to post fact sheets here.',
  ]);
}

export function singleSourceHint(): KnownBlock {
  return context([
    ':scales: Only one source in this thread. Add more links or articles to the thread and react again to compare them.',
  ]);
}

/** The failure a user sees: the plain-words reason from userMessage(), never a stack or an error string. */
export function failureReply(reason: string): Reply {
  return reply(`:warning: I couldn't finish this fact sheet. ${escapeMrkdwn(reason)}`);
}

export function shutdownReply(started: boolean): Reply {
  return reply(
    started
      ? ':warning: copydesk had to restart while reading these sources, so this fact sheet was not finished. Please ask again.'
      : ':warning: copydesk restarted before it got to this request. Please ask again.',
  );
}

/** The shared store (Redis) is unreachable, so the request cannot be taken on safely; it will be back shortly. */
export function storeUnavailableReply(): Reply {
  return reply(
    ':warning: copydesk cannot reach its job store right now, so it did not start on this. Please ask again in a minute.',
  );
}

/** Nothing readable, but some files were refused: say which and why. */
export function skippedOnlyReply(skipped: { label: string; reason: string }[]): Reply {
  const lines = skipped.slice(0, 10).map((item) => `• ${safeLine(item.reason, 240)}`);
  return reply(`:warning: I found nothing I could read.\n${lines.join('\n')}`);
}
