// Issue 9: a Slack reply slower than our Web API timeout. Slack has posted the placeholder; only its answer is
// late. The client used to retry the post (a second placeholder, one of them "Reading…" for good), and Slack's
// own retry of the event could post yet another. Now a post that timed out is looked for in the thread by the
// tag in its metadata, and used: one placeholder, answered with the sheet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACEHOLDER_EVENT } from '../../src/slack/jobs/placeholder-post.ts';
import { exampleText } from '../support/fixtures.ts';
import { BOT_USER, CHANNEL, eventEnvelope, mentionEvent, slackEscape } from '../support/slack-events.ts';
import type { ThreadMessage } from '../support/slack-fake-api.ts';
import { type Harness, isSheet, startHarness } from '../support/slack-harness.ts';

let harness: Harness;
beforeAll(async () => {
  // The app's 15 s, shortened: Slack answers the first placeholder post after twice that.
  harness = await startHarness({ webApiTimeoutMs: 300 });
});
afterAll(async () => {
  await harness.stop();
});

describe('a slow chat.postMessage', () => {
  it('leaves one placeholder, which gets the sheet; Slack retrying the event posts none', async () => {
    const { slack } = harness;
    const event = mentionEvent({ text: `<@${BOT_USER}> ${slackEscape(exampleText('northern-courier'))}` });
    const thread: ThreadMessage[] = [{ ts: event.ts, user: 'U0READER', text: event.text }];
    slack.messages.set(CHANNEL, thread);
    let seq = 0;
    let slowed = false;
    slack.on('chat.postMessage', async (params) => {
      // Like Slack: the message is in the thread at once, whatever becomes of the answer to the caller.
      const ts = `1900000000.${String(++seq).padStart(6, '0')}`;
      thread.push({
        ts,
        thread_ts: String(params.thread_ts),
        text: String(params.text),
        ...params,
      } as ThreadMessage);
      if (!slowed && isPlaceholder(params)) {
        slowed = true;
        await new Promise((resolve) => setTimeout(resolve, 600));
      }
      return { ok: true, channel: params.channel, ts };
    });

    const envelope = eventEnvelope(event);
    expect((await harness.send(envelope)).status).toBe(200);
    const sheet = await harness.until(() => slack.callsTo('chat.update').find(isSheet), 20_000);
    // Slack's retry of the same event, as it sends when our ack was slow: a duplicate of a live or answered job.
    expect((await harness.send(envelope, { retryNum: 1 })).status).toBe(200);
    await harness.settle();

    const placeholders = thread.filter((message) =>
      isPlaceholder(message as unknown as Record<string, unknown>),
    );
    expect(placeholders).toHaveLength(1);
    expect(sheet.params.ts).toBe(placeholders[0]?.ts);
    expect(slack.callsTo('chat.postMessage').filter(isPlaceholderCall)).toHaveLength(1);
    expect(slack.callsTo('conversations.replies').length).toBeGreaterThan(0);
  }, 30_000);
});

function isPlaceholder(params: Record<string, unknown>): boolean {
  return (params.metadata as { event_type?: string } | undefined)?.event_type === PLACEHOLDER_EVENT;
}

function isPlaceholderCall(call: { params: Record<string, unknown> }): boolean {
  return isPlaceholder(call.params);
}
