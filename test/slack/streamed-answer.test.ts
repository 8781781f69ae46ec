// Issue 12, item 1: a mention with three links is answered as a stream whose steps are the sources, the
// comparison and the sheet, ending with the sheet's blocks; a workspace that cannot stream gets the placeholder,
// and is not asked again. Signed events into the real receiver; the Web API is the local double.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../support/fixtures.ts';
import { BOT_USER, CHANNEL, eventEnvelope, mentionEvent, TEAM, USER } from '../support/slack-events.ts';
import { articlePage, type Harness, isSheet, startHarness } from '../support/slack-harness.ts';

function threeLinks(harness: Harness): string {
  for (const name of EXAMPLES) harness.slack.pages.set(name, articlePage(name));
  return `<@${BOT_USER}> ${EXAMPLES.map((name) => `<${harness.slack.pageUrl(name)}>`).join(' ')}`;
}

type Chunk = { type: string; id?: string; title?: string; status?: string; details?: string };

describe('a workspace that can stream', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ streaming: true });
  });
  afterAll(async () => {
    await harness.stop();
  });

  it('streams one step per source, the comparison, then ends with the sheet', async () => {
    const event = mentionEvent({ text: threeLinks(harness) });
    expect((await harness.send(eventEnvelope(event))).status).toBe(200);
    await harness.until(() => [...harness.slack.streams.values()].find((stream) => stream.stopped), 15_000);
    await harness.settle();

    const start = harness.slack.callsTo('chat.startStream')[0];
    expect(start?.params).toMatchObject({
      channel: CHANNEL,
      thread_ts: event.ts,
      recipient_user_id: USER,
      recipient_team_id: TEAM,
      task_display_mode: 'plan',
    });
    // No placeholder: the stream is the answer.
    expect(harness.slack.callsTo('chat.postMessage').filter(isSheet)).toHaveLength(0);
    expect(harness.slack.callsTo('chat.update')).toHaveLength(0);

    const [stream] = [...harness.slack.streams.values()];
    const chunks = (stream?.chunks ?? []) as Chunk[];
    expect(chunks[0]).toEqual({ type: 'plan_update', title: 'Reading 3 sources…' });
    const last = (id: string) => chunks.filter((chunk) => chunk.id === id).at(-1);
    for (const id of ['S1', 'S2', 'S3']) {
      expect(last(id)).toMatchObject({ type: 'task_update', status: 'complete' });
      expect(last(id)?.title).toMatch(/^Read .+ — \d+ words$/);
      expect(last(id)?.details).toMatch(/^\d+ quotes?, \d+ found in the text, \d+ left out$/);
    }
    // Steps were shown while working, not only at the end.
    expect(chunks.some((chunk) => chunk.id === 'S1' && chunk.status === 'in_progress')).toBe(true);
    expect(chunks.some((chunk) => chunk.id === 'compare' && chunk.status === 'in_progress')).toBe(true);
    expect(last('compare')).toMatchObject({ status: 'complete', title: 'Compared 3 sources' });
    expect(last('sheet')).toMatchObject({ status: 'complete' });
    // The sheet's own blocks end the stream, within Slack's 50.
    const blocks = stream?.blocks as { type: string; text?: { text?: string } }[];
    expect(blocks[0]?.type).toBe('header');
    expect(blocks[0]?.text?.text).toMatch(/^Fact sheet/);
    expect(blocks.length).toBeLessThanOrEqual(50);
    // A status line while working, cleared at the end.
    const statuses = harness.slack.callsTo('assistant.threads.setStatus').map((call) => call.params);
    expect(statuses[0]).toMatchObject({
      channel_id: CHANNEL,
      thread_ts: event.ts,
      status: 'is reading 3 sources…',
    });
    expect(statuses.at(-1)?.status).toBe('');
  });

  it('stops a stream left by a process that died, with the sentence that asks again', async () => {
    const { stopInterruptedStream } = await import('../../src/slack/jobs/stream-destination.ts');
    const { shutdownReply } = await import('../../src/slack/replies.ts');
    const { silentLogger } = await import('../../src/logger.ts');
    const client = harness.app.slack.app.client;
    const started = await client.chat.startStream({
      channel: CHANNEL,
      thread_ts: '1.000001',
      recipient_team_id: TEAM,
      recipient_user_id: USER,
      chunks: [{ type: 'plan_update', title: 'Reading 2 sources…' }],
    });
    const target = {
      kind: 'stream',
      channel: CHANNEL,
      threadTs: '1.000001',
      ts: String(started.ts),
    } as const;
    await stopInterruptedStream(client, target, shutdownReply(true), silentLogger());
    const stream = harness.slack.streams.get(String(started.ts));
    expect(stream?.stopped).toBe(true);
    expect(JSON.stringify(stream?.blocks)).toContain('had to restart');
    // Stopped already: the sentence still reaches the user, as a reply.
    await stopInterruptedStream(client, target, shutdownReply(true), silentLogger());
    const reply = harness.slack.callsTo('chat.postMessage').at(-1);
    expect(reply?.params).toMatchObject({ channel: CHANNEL, thread_ts: '1.000001' });
  });
});

describe('a workspace that cannot stream', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness.stop();
  });

  it('falls back to the placeholder and update, and remembers not to try again', async () => {
    await harness.send(eventEnvelope(mentionEvent({ text: threeLinks(harness) })));
    await harness.until(() => harness.slack.callsTo('chat.update').find(isSheet), 15_000);
    await harness.settle();
    expect(harness.slack.callsTo('chat.startStream')).toHaveLength(1);
    expect(harness.slack.callsTo('chat.postMessage')[0]?.params.text).toBe(
      ':hourglass_flowing_sand: Reading 3 sources…',
    );

    harness.slack.calls.length = 0;
    await harness.send(eventEnvelope(mentionEvent({ text: threeLinks(harness) })));
    await harness.until(() => harness.slack.callsTo('chat.update').find(isSheet), 15_000);
    await harness.settle();
    // Decided once per workspace: the second sheet does not ask Slack to stream again.
    expect(harness.slack.callsTo('chat.startStream')).toHaveLength(0);
    expect(harness.slack.streams.size).toBe(0);
  });
});
