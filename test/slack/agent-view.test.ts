// Issue 12, item 4: copydesk in its own pane and in DMs. A new pane thread gets the suggested prompts; a
// message with three links there is streamed into a sheet under a thread title; a plain DM does the same; a DM
// with nothing to read says how to ask. Signed events into the real receiver, the Web API the local double.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SUGGESTED_PROMPTS } from '../../src/slack/agent/agent-replies.ts';
import { EXAMPLES } from '../support/fixtures.ts';
import { CHANNEL, eventEnvelope, nextTs, TEAM, USER } from '../support/slack-events.ts';
import { articlePage, type Harness, postedText, startHarness } from '../support/slack-harness.ts';

const DM = 'D0EDITOR';
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ streaming: true });
  for (const name of EXAMPLES) harness.slack.pages.set(name, articlePage(name));
});
afterAll(async () => {
  await harness.stop();
});
afterEach(async () => {
  await harness.settle();
  harness.slack.calls.length = 0;
  harness.slack.streams.clear();
});

const links = () => EXAMPLES.map((name) => `<${harness.slack.pageUrl(name)}>`).join(' ');

function dm(text: string, threadTs?: string) {
  return {
    type: 'message',
    channel: DM,
    channel_type: 'im',
    user: USER,
    text,
    ts: nextTs(),
    ...(threadTs ? { thread_ts: threadTs } : {}),
  };
}

async function streamedSheet() {
  const stream = await harness.until(
    () => [...harness.slack.streams.values()].find((candidate) => candidate.stopped),
    15_000,
  );
  await harness.settle();
  return stream;
}

describe('the agent view', () => {
  it('offers the suggested prompts in a new thread, and keeps the channel the user was in', async () => {
    const threadTs = nextTs();
    await harness.send(
      eventEnvelope({
        type: 'assistant_thread_started',
        assistant_thread: {
          user_id: USER,
          context: { channel_id: CHANNEL, team_id: TEAM },
          channel_id: DM,
          thread_ts: threadTs,
        },
        event_ts: nextTs(),
      }),
    );
    const prompts = await harness.until(
      () => harness.slack.callsTo('assistant.threads.setSuggestedPrompts')[0],
    );
    expect(prompts.params).toMatchObject({ channel_id: DM, thread_ts: threadTs, prompts: SUGGESTED_PROMPTS });

    // The third prompt has no links: the answer says how, naming the channel the pane was opened from.
    await harness.send(eventEnvelope(dm("Compare the sources in this channel's thread", threadTs)));
    const howTo = await harness.until(() => harness.slack.callsTo('chat.postMessage')[0]);
    expect(howTo.params).toMatchObject({ channel: DM, thread_ts: threadTs });
    expect(postedText(howTo)).toContain(`a thread of <#${CHANNEL}>`);
    expect(postedText(howTo)).toContain(':scales:');
  });

  it('streams a sheet for three links, under a thread title', async () => {
    const threadTs = nextTs();
    await harness.send(eventEnvelope(dm(`Compare these links: ${links()}`, threadTs)));
    const stream = await streamedSheet();
    expect(stream.channel).toBe(DM);
    expect(stream.threadTs).toBe(threadTs);
    expect((stream.blocks[0] as { type: string }).type).toBe('header');
    const steps = stream.chunks.filter((chunk) => chunk.type === 'task_update').map((chunk) => chunk.id);
    expect(new Set(steps)).toEqual(new Set(['S1', 'S2', 'S3', 'compare', 'sheet']));
    const title = harness.slack.callsTo('assistant.threads.setTitle')[0];
    expect(title?.params).toMatchObject({
      channel_id: DM,
      thread_ts: threadTs,
      title: 'Compare 3 sources: Compare these links',
    });
  });
});

describe('a DM', () => {
  it('with three links gets a streamed sheet in a thread under the message', async () => {
    const message = dm(links());
    await harness.send(eventEnvelope(message));
    const stream = await streamedSheet();
    expect(stream).toMatchObject({ channel: DM, threadTs: message.ts });
    expect(JSON.stringify(stream.blocks)).toContain('Fact sheet');
  });

  it('with nothing to read says how to ask, once, even when Slack delivers it twice', async () => {
    const envelope = eventEnvelope(dm('hello'));
    await harness.send(envelope);
    await harness.send(envelope, { retryNum: 1 });
    await harness.settle();
    const replies = harness.slack.callsTo('chat.postMessage');
    expect(replies).toHaveLength(1);
    expect(postedText(replies[0])).toContain('Send me something to read');
  });

  it('ignores its own messages and other bots', async () => {
    await harness.send(
      eventEnvelope({ ...dm(links()), user: undefined, bot_id: 'B0OTHER', subtype: 'bot_message' }),
    );
    await harness.settle();
    expect(harness.slack.callsTo('chat.startStream')).toHaveLength(0);
    expect(harness.slack.callsTo('chat.postMessage')).toHaveLength(0);
  });
});
