import type { KnownBlock } from '@slack/types';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exampleText } from '../support/fixtures.ts';
import {
  BOT_ID,
  BOT_USER,
  CHANNEL,
  eventEnvelope,
  nextTs,
  reactionEvent,
  slackEscape,
  snippetFile,
} from '../support/slack-events.ts';
import type { ThreadMessage } from '../support/slack-fake-api.ts';
import {
  articlePage,
  DEAD_LINK,
  type Harness,
  isSheet,
  postedText,
  startHarness,
} from '../support/slack-harness.ts';
import { expectWithinLimits } from '../support/slack-limits.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  harness.slack.pages.set('ledger', articlePage('daily-ledger'));
  harness.slack.files.set('wire.txt', {
    body: exampleText('coastline-wire'),
    contentType: 'text/plain; charset=utf-8',
  });
});
afterAll(async () => {
  await harness.stop();
});
afterEach(async () => {
  await harness.settle();
  harness.slack.calls.length = 0;
});

/** Root: a pasted article. Replies: a snippet, a link (and a copydesk sheet, which must be skipped). */
function threeSourceThread(link: string): { root: string; replies: string[] } {
  const root = nextTs();
  const replies = [nextTs(), nextTs(), nextTs()];
  const messages: ThreadMessage[] = [
    { ts: root, user: 'U0A', text: slackEscape(exampleText('northern-courier')) },
    {
      ts: replies[0] as string,
      thread_ts: root,
      user: 'U0B',
      text: 'wire copy',
      files: [snippetFile('Coastline wire', harness.slack.fileUrl('wire.txt'))],
    },
    { ts: replies[1] as string, thread_ts: root, user: 'U0C', text: `and the Ledger: <${link}>` },
    {
      ts: replies[2] as string,
      thread_ts: root,
      user: BOT_USER,
      bot_id: BOT_ID,
      text: 'Fact sheet',
      blocks: [],
    },
  ];
  harness.slack.messages.set(CHANNEL, messages);
  return { root, replies };
}

/** Slack's answer to a thread read past the one-a-minute limit of apps outside the Marketplace. */
const RATE_LIMITED_READ = {
  __status: 429,
  __headers: { 'retry-after': '60' },
  ok: false,
  error: 'ratelimited',
};

function sheetUpdate() {
  return harness.slack.callsTo('chat.update').find(isSheet);
}

describe('the compare reaction', () => {
  it('on a reply compares every source in the whole thread and answers under the root', async () => {
    const { root, replies } = threeSourceThread(harness.slack.pageUrl('ledger'));
    await harness.send(eventEnvelope(reactionEvent({ ts: replies[1] as string })));
    const sheet = await harness.until(sheetUpdate);

    const replyCalls = harness.slack.callsTo('conversations.replies').map((call) => call.params.ts);
    expect(replyCalls).toEqual([replies[1], root]);
    const placeholder = harness.slack.callsTo('chat.postMessage')[0];
    expect(placeholder?.params.thread_ts).toBe(root);
    // The snippet was downloaded with the bot token.
    const text = postedText(sheet);
    expect(text).toContain('Fact sheet · 3 sources compared');
    expect(text).toContain('*Where sources disagree*');
    expect(text).toMatch(/Death toll/);
    expect(text).toContain('Coastline wire');
    expectWithinLimits(sheet.params.blocks as KnownBlock[]);
    for (const detail of harness.slack.callsTo('chat.postMessage').slice(1)) {
      expect(detail.params.thread_ts).toBe(root);
      expectWithinLimits(detail.params.blocks as KnownBlock[]);
    }
  });

  it('still compares the other two when one link is dead (404)', async () => {
    const { root } = threeSourceThread(harness.slack.pageUrl('gone'));
    await harness.send(eventEnvelope(reactionEvent({ ts: root })));
    const sheet = await harness.until(sheetUpdate);
    const text = postedText(sheet);
    expect(text).toContain('Fact sheet · 2 sources compared');
    expect(text).toContain('*Could not read 1 source*');
    expect(text).toContain('404');
  });

  it('with one source gives a sheet and a hint to add more', async () => {
    const root = nextTs();
    harness.slack.messages.set(CHANNEL, [
      { ts: root, user: 'U0A', text: slackEscape(exampleText('daily-ledger')) },
    ]);
    await harness.send(eventEnvelope(reactionEvent({ ts: root })));
    const sheet = await harness.until(sheetUpdate);
    expect(postedText(sheet)).toContain('Only one source in this thread');
  });

  it('ignores other emoji, bots, and reactions on copydesk’s own messages', async () => {
    const { root } = threeSourceThread(DEAD_LINK);
    harness.slack.botUsers.add('U0BOT');
    await harness.send(eventEnvelope(reactionEvent({ ts: root, reaction: 'thumbsup' })));
    await harness.send(eventEnvelope(reactionEvent({ ts: root, itemUser: BOT_USER })));
    await harness.send(eventEnvelope(reactionEvent({ ts: root, user: 'U0BOT' })));
    await harness.settle();
    expect(harness.slack.callsTo('chat.postMessage')).toEqual([]);
    expect(harness.slack.callsTo('conversations.replies')).toEqual([]);
  });

  it('runs once when two people react at the same time', async () => {
    const { root } = threeSourceThread(DEAD_LINK);
    await Promise.all([
      harness.send(eventEnvelope(reactionEvent({ ts: root, user: 'U0A' }))),
      harness.send(eventEnvelope(reactionEvent({ ts: root, user: 'U0C' }))),
    ]);
    await harness.until(sheetUpdate);
    await harness.settle();
    expect(harness.slack.callsTo('chat.update').filter(isSheet)).toHaveLength(1);
  });
});

describe('the compare reaction when the thread cannot be read', () => {
  it('says why under the reacted message instead of staying silent', async () => {
    const own = await startHarness();
    try {
      own.slack.on('conversations.replies', () => ({
        ok: false,
        error: 'missing_scope',
        needed: 'groups:history',
      }));
      const ts = nextTs();
      const response = await own.send(eventEnvelope(reactionEvent({ ts })));
      expect(response.status).toBe(200);
      const post = await own.until(() => own.slack.callsTo('chat.postMessage')[0]);
      expect(post.params.thread_ts).toBe(ts);
      expect(postedText(post)).toMatch(/^:warning: I couldn't finish this fact sheet\. /);
      expect(postedText(post)).not.toMatch(/missing_scope|Error:|at /);
    } finally {
      await own.stop();
    }
  });

  it('on a reply, says the second read met the limit and how to ask in one read', async () => {
    const { replies } = threeSourceThread(harness.slack.pageUrl('ledger'));
    const own = await startHarness();
    try {
      own.slack.messages.set(CHANNEL, harness.slack.messages.get(CHANNEL) ?? []);
      let reads = 0;
      const seeded = own.slack.messages;
      own.slack.on('conversations.replies', (params) => {
        reads += 1;
        if (reads > 1) return RATE_LIMITED_READ;
        // The first read, with the reply's ts: Slack returns that reply alone.
        const reply = (seeded.get(CHANNEL) ?? []).find((message) => message.ts === params.ts);
        return { ok: true, messages: reply ? [reply] : [], has_more: false };
      });
      expect((await own.send(eventEnvelope(reactionEvent({ ts: replies[1] as string })))).status).toBe(200);
      const post = await own.until(() => own.slack.callsTo('chat.postMessage')[0]);
      expect(postedText(post)).toContain(
        "Slack lets copydesk read threads here only once a minute, and a reaction on a reply takes two reads. React on the thread's first message instead.",
      );
    } finally {
      await own.stop();
    }
  });

  it('on a thread longer than one read, says so rather than to try again', async () => {
    const own = await startHarness();
    try {
      let reads = 0;
      own.slack.on('conversations.replies', (params) => {
        reads += 1;
        if (reads > 1) return RATE_LIMITED_READ;
        // 15 messages of a longer thread, as Slack answers an app held to 15 a read.
        const messages = Array.from({ length: 15 }, (_, n) => ({
          ts: n === 0 ? String(params.ts) : nextTs(),
          ...(n === 0 ? {} : { thread_ts: String(params.ts) }),
          user: 'U0A',
          text: `message ${n}`,
        }));
        return { ok: true, messages, has_more: true, response_metadata: { next_cursor: 'page2' } };
      });
      const ts = nextTs();
      expect((await own.send(eventEnvelope(reactionEvent({ ts })))).status).toBe(200);
      const post = await own.until(() => own.slack.callsTo('chat.postMessage')[0]);
      expect(postedText(post)).toContain(
        'Slack lets copydesk read threads here only once a minute, 15 messages at a time, and this thread is longer than that.',
      );
    } finally {
      await own.stop();
    }
  });

  it('says Slack is limiting thread reads when it is, and when to try again', async () => {
    const own = await startHarness();
    try {
      // Apps outside the Marketplace: one thread read a minute, so the reply's thread comes back 429.
      own.slack.on('conversations.replies', () => RATE_LIMITED_READ);
      const ts = nextTs();
      expect((await own.send(eventEnvelope(reactionEvent({ ts })))).status).toBe(200);
      const post = await own.until(() => own.slack.callsTo('chat.postMessage')[0]);
      expect(postedText(post)).toContain(
        "I couldn't read this thread: Slack lets copydesk read threads here only once a minute. Please try again in a minute.",
      );
    } finally {
      await own.stop();
    }
  });
});
