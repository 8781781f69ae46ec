// Issue 10, item 1: every kind of request is a durable job on Redis, not only mentions. For a reaction, a DM, a
// message in the agent pane, /factsheet and a question in a sheet's thread: two bot processes on one real Redis,
// the request taken by one, the instance running the job killed with SIGKILL mid-job, and the other finishes it
// once, in the answer the job started (the stream, for the thread kinds; the channel, for the command; the
// "Looking…" placeholder, for the question), with no "ask again".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotCluster, startBotCluster } from '../support/bot-cluster.ts';
import type { BotProcess } from '../support/bot-process.ts';
import { until } from '../support/bot-process.ts';
import { exampleText } from '../support/fixtures.ts';
import { redisAvailable } from '../support/redis-server.ts';
import {
  BOT_USER,
  CHANNEL,
  commandForm,
  eventEnvelope,
  mentionEvent,
  nextTs,
  reactionEvent,
  slackEscape,
  USER,
} from '../support/slack-events.ts';
import type { SlackCall } from '../support/slack-fake-api.ts';
import { articlePage, isSheet } from '../support/slack-harness.ts';
import { postSigned } from '../support/slack-signed-request.ts';

const DM = 'D0EDITOR';
const ASK_AGAIN = /had to restart|ask again|interrupted/i;
const paste = (name: 'coastline-wire' | 'northern-courier' = 'coastline-wire') =>
  slackEscape(exampleText(name));

describe.skipIf(!redisAvailable)('every kind of job survives its instance’s SIGKILL', () => {
  let cluster: BotCluster;
  let db = 0;

  beforeAll(async () => {
    cluster = await startBotCluster({ streaming: true });
    cluster.slack.pages.set('northern-courier', articlePage('northern-courier'));
  });
  afterAll(async () => {
    await cluster?.close();
  });

  /**
   * Two instances on a database of their own; `send` delivers the request to the first. Once the job is running
   * (waiting on the held model), the instance running it is killed and the model released. Returns the calls
   * made from then on, once a sheet has been delivered and Slack is quiet.
   */
  async function killMidJob(
    id: string,
    send: (bot: BotProcess) => Promise<void>,
    delivered: (calls: SlackCall[]) => SlackCall[],
    /** Run to its end on the first instance before the request is sent (the sheet a question is about). */
    setUp?: (bot: BotProcess) => Promise<void>,
  ) {
    const { slack } = cluster;
    db += 1;
    const bots = [await cluster.startBot({ db }), await cluster.startBot({ db })];
    if (setUp) {
      cluster.hold(false);
      await setUp(bots[0] as BotProcess);
    }
    cluster.hold(true);
    const before = slack.calls.length;
    const asked = cluster.llm.requests.length;
    await send(bots[0] as BotProcess);
    const runner = await until(() => cluster.runnerOf(bots, id), `job ${id} to start`);
    await until(() => cluster.llm.requests.length > asked, 'the job to reach the model');
    await cluster.kill(runner);
    cluster.hold(false);
    const calls = () => slack.calls.slice(before);
    await until(() => delivered(calls()).length > 0, `a sheet for ${id}`);
    // Time for a second sheet, were one coming (a lease and a stalled-job check are 1.5 s each).
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    const survivor = bots.find((bot) => bot !== runner) as BotProcess;
    expect(cluster.runnerOf([survivor], id)).toBeDefined();
    await cluster.stopBots();
    return calls();
  }

  /** Delivers an event to an instance, acknowledged with 200. */
  const sentTo = (envelope: Record<string, unknown>) => async (bot: BotProcess) => {
    expect((await postSigned(bot.port, envelope)).status).toBe(200);
  };

  const streamedSheets = (calls: SlackCall[]) =>
    calls.filter((call) => call.method === 'chat.stopStream' && isSheet(call));

  /** One stream, started by the listener in `thread`, ends with the sheet once; nothing posted beside it. */
  function expectOneStreamedSheet(calls: SlackCall[], channel: string, thread: string) {
    const started = calls.filter((call) => call.method === 'chat.startStream');
    expect(started.map((call) => [call.params.channel, call.params.thread_ts])).toEqual([[channel, thread]]);
    const sheets = streamedSheets(calls);
    expect(sheets).toHaveLength(1);
    const stream = cluster.slack.streams.get(String(sheets[0]?.params.ts));
    expect(stream).toMatchObject({ channel, threadTs: thread, stopped: true });
    expect(calls.filter((call) => call.method === 'chat.postMessage')).toEqual([]);
    expect(calls.some((call) => ASK_AGAIN.test(JSON.stringify(call.params)))).toBe(false);
  }

  it('a :scales: reaction', async () => {
    const root = nextTs();
    cluster.slack.messages.set(CHANNEL, [{ ts: root, user: USER, text: paste() }]);
    const envelope = eventEnvelope(reactionEvent({ ts: root }));
    const calls = await killMidJob(`event:${envelope.event_id}`, sentTo(envelope), streamedSheets);
    expectOneStreamedSheet(calls, CHANNEL, root);
  }, 90_000);

  it('a direct message', async () => {
    const ts = nextTs();
    const envelope = eventEnvelope({
      type: 'message',
      channel: DM,
      channel_type: 'im',
      user: USER,
      text: paste(),
      ts,
    });
    const calls = await killMidJob(`event:${envelope.event_id}`, sentTo(envelope), streamedSheets);
    expectOneStreamedSheet(calls, DM, ts);
  }, 90_000);

  it('a message in the agent pane', async () => {
    const thread = nextTs();
    const envelope = eventEnvelope({
      type: 'message',
      channel: DM,
      channel_type: 'im',
      user: USER,
      text: paste(),
      ts: nextTs(),
      thread_ts: thread,
    });
    const calls = await killMidJob(`event:${envelope.event_id}`, sentTo(envelope), streamedSheets);
    expectOneStreamedSheet(calls, DM, thread);
    expect(calls.filter((call) => call.method === 'assistant.threads.setTitle')).toHaveLength(1);
  }, 90_000);

  it('/factsheet', async () => {
    const form = {
      ...commandForm(`<${cluster.slack.pageUrl('northern-courier')}>`, cluster.slack.responseUrl('kill')),
      trigger_id: `${nextTs()}.trigger`,
    };
    const posted = (calls: SlackCall[]) =>
      calls.filter((call) => call.method === 'chat.postMessage' && isSheet(call));
    const calls = await killMidJob(
      `command:${form.trigger_id}`,
      async (bot) => {
        const reply = await postSigned(bot.port, form, { form: true });
        expect(reply.status).toBe(200);
        expect(reply.text).toContain('Reading');
      },
      posted,
    );
    const sheets = posted(calls);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]?.params.channel).toBe(CHANNEL);
    const responses = cluster.slack.responses.filter((response) => response.id === 'kill');
    expect(responses.some((response) => ASK_AGAIN.test(JSON.stringify(response.body)))).toBe(false);
  }, 90_000);

  it('a question in a sheet’s thread', async () => {
    const root = nextTs();
    const question = eventEnvelope(
      mentionEvent({ text: `<@${BOT_USER}> How long did the crews work?`, thread_ts: root }),
    );
    const answers = (calls: SlackCall[]) =>
      calls.filter(
        (call) =>
          call.method === 'chat.update' && /worked through the night/.test(JSON.stringify(call.params)),
      );
    const calls = await killMidJob(`event:${question.event_id}`, sentTo(question), answers, async (bot) => {
      const sheetAt = cluster.slack.calls.length;
      const mention = eventEnvelope(
        mentionEvent({ text: `<@${BOT_USER}> ${paste('northern-courier')}`, ts: root }),
      );
      expect((await postSigned(bot.port, mention)).status).toBe(200);
      await until(() => streamedSheets(cluster.slack.calls.slice(sheetAt)).length === 1, 'the sheet');
    });
    // One "Looking…" placeholder, posted by the listener before the kill, answered once by the other instance.
    const placeholders = calls.filter((call) => call.method === 'chat.postMessage');
    expect(placeholders.map((call) => [call.params.thread_ts, call.params.text])).toEqual([
      [root, expect.stringContaining('Looking')],
    ]);
    expect(answers(calls)).toHaveLength(1);
    expect(calls.some((call) => ASK_AGAIN.test(JSON.stringify(call.params)))).toBe(false);
  }, 90_000);
});
