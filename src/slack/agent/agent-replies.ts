// What copydesk says in its own pane and in DMs besides fact sheets: the suggested prompts, a thread's title,
// and how to ask. Pure; anything from a user is cut to a plain line.
import { section } from '../../render/blocks/block-kit.ts';
import { escapeMrkdwn } from '../../render/blocks/escape.ts';
import type { Reply } from '../replies.ts';

/** The same three as manifest.yml's agent_view.suggested_prompts, so the pane and a new thread agree. */
export const SUGGESTED_PROMPTS = [
  { title: 'Compare these links', message: 'Compare these links:' },
  { title: 'Fact sheet for a pasted article', message: 'Fact sheet for this article:' },
  {
    title: "Compare the sources in this channel's thread",
    message: "Compare the sources in this channel's thread",
  },
];

export const PROMPTS_TITLE = 'Give copydesk links or an article';

/** A thread title is one line in the pane's history: short, in the user's own words, without link markup. */
const TITLE_CHARS = 80;

export function threadTitle(count: number, text: string | undefined): string {
  const words = (text ?? '')
    .replace(/<(https?:\/\/[^|>]+)(\|[^>]*)?>/g, '')
    .replace(/<[@#!][^>]*>/g, '')
    .replace(/&lt;|&gt;|&amp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/:$/, '');
  const head = count > 1 ? `Compare ${count} sources` : 'Fact sheet';
  if (words.length < 4) return head;
  const room = TITLE_CHARS - head.length - 2;
  return `${head}: ${words.length > room ? `${words.slice(0, room - 1)}…` : words}`;
}

/** A DM with nothing to read: how to ask, and how a channel's thread is compared. */
export function directHowTo(contextChannel: string | undefined, compareEmoji: string): Reply {
  const emoji = `:${escapeMrkdwn(compareEmoji)}:`;
  const where =
    contextChannel && /^[CG][A-Z0-9]+$/.test(contextChannel)
      ? `a thread of <#${contextChannel}>`
      : "a channel's thread";
  const text =
    ':wave: Send me something to read:\n' +
    '• one or more links to articles (two or more are compared), or\n' +
    '• an article pasted into the message (a long one can be a snippet).\n' +
    `To compare the sources in ${where}, react with ${emoji} on its first message, or mention me in the thread.`;
  return { text, blocks: [section(text)] };
}
