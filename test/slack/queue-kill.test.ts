// Issue 10, end to end: bot processes on one real Redis with the durable queue. An instance killed with SIGKILL
// mid-job has its jobs taken over by another instance's worker (BullMQ stalled-job recovery), which answers each
// in the placeholder the dead one posted: exactly one sheet each, no second placeholder, no "ask again". Three
// instances given the same event answer it once, even when the one running it is killed. And a workspace at
// COPYDESK_QUEUE_MAX_PER_WORKSPACE is told so in the new request's thread. (Reactions, DMs, the pane and
// /factsheet: queue-kill-kinds.test.ts.)
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotCluster, startBotCluster } from '../support/bot-cluster.ts';
import { until } from '../support/bot-process.ts';
import { EXAMPLES, exampleText } from '../support/fixtures.ts';
import { redisAvailable } from '../support/redis-server.ts';
import { BOT_USER, eventEnvelope, mentionEvent, slackEscape } from '../support/slack-events.ts';
import { isSheet, startHarness } from '../support/slack-harness.ts';
import { postSigned } from '../support/slack-signed-request.ts';

const mentionOf = (n: number) =>
  mentionEvent({
    text: `<@${BOT_USER}> ${slackEscape(exampleText(EXAMPLES[n % EXAMPLES.length] ?? 'northern-courier'))}`,
  });
const ASK_AGAIN = /had to restart|ask again/i;

describe.skipIf(!redisAvailable)('durable jobs on Redis', () => {
  let cluster: BotCluster;

  beforeAll(async () => {
    cluster = await startBotCluster();
  });
  afterAll(async () => {
    await cluster?.close();
  });

  it('finishes a killed instance’s jobs on another instance, once each, in their placeholders', async () => {
    const { slack, llm } = cluster;
    cluster.hold(true);
    const first = await cluster.startBot({ db: 0 });
    const mentions = [0, 1].map(mentionOf);
    for (const event of mentions)
      expect((await postSigned(first.port, eventEnvelope(event))).status).toBe(200);
    // Both jobs are running in the first instance's worker: the model has been asked twice.
    await until(() => llm.requests.length >= 2, 'both jobs to reach the model');
    const placeholders = slack.callsTo('chat.postMessage').map((call, index) => ({
      thread: String(call.params.thread_ts),
      ts: `1800000000.${String(index + 1).padStart(6, '0')}`,
    }));
    expect(placeholders.map((p) => p.thread).sort()).toEqual(mentions.map((event) => event.ts).sort());

    await cluster.kill(first);
    cluster.hold(false);
    await cluster.startBot({ db: 0 });

    const sheetsIn = (ts: string) =>
      slack.callsTo('chat.update').filter((call) => call.params.ts === ts && isSheet(call));
    await until(() => placeholders.every(({ ts }) => sheetsIn(ts).length > 0), 'a sheet in each placeholder');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    for (const { ts } of placeholders) expect(sheetsIn(ts)).toHaveLength(1);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(2);
    expect(slack.calls.some((call) => ASK_AGAIN.test(String(call.params.text)))).toBe(false);
    await cluster.stopBots();
  }, 90_000);

  it('on SIGTERM leaves its running job (past the grace) and its waiting one to another instance', async () => {
    const { slack, llm } = cluster;
    cluster.hold(true);
    const before = slack.calls.length;
    const asked = llm.requests.length;
    // One job at a time in this worker: the second request waits in the queue.
    const first = await cluster.startBot({
      db: 1,
      env: { COPYDESK_QUEUE_CONCURRENCY: '1', SLACK_SHUTDOWN_GRACE_MS: '300' },
    });
    for (const event of [2, 0].map(mentionOf))
      expect((await postSigned(first.port, eventEnvelope(event))).status).toBe(200);
    await until(() => llm.requests.length > asked, 'the first job to reach the model');
    const posted = () => slack.calls.slice(before).filter((call) => call.method === 'chat.postMessage');
    await until(() => posted().length === 2, 'both placeholders');
    first.child.kill('SIGTERM');
    const [code] = await once(first.child, 'exit');
    expect(code).toBe(0);
    cluster.hold(false);
    await cluster.startBot({ db: 1 });
    const sheets = () =>
      slack.calls.slice(before).filter((call) => call.method === 'chat.update' && isSheet(call));
    await until(() => sheets().length >= 2, 'both sheets');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(sheets()).toHaveLength(2);
    expect(new Set(sheets().map((call) => call.params.ts)).size).toBe(2);
    expect(posted()).toHaveLength(2);
    await cluster.stopBots();
  }, 90_000);

  it('three instances, the same event sent to each, the one running it killed: one sheet, nothing lost', async () => {
    const { slack, llm } = cluster;
    cluster.hold(true);
    const before = slack.calls.length;
    const asked = llm.requests.length;
    // All four jobs are the same workspace's and must run at once: its running limit (2 by default) is raised.
    const bots = await Promise.all(
      [0, 1, 2].map(() => cluster.startBot({ db: 3, env: { SLACK_JOBS_PER_WORKSPACE: '4' } })),
    );
    // The event every instance gets (Slack retrying, or a load balancer repeating it), and three others, one
    // to each instance, so that the killed instance may hold more than one job.
    const events = [0, 1, 2, 0].map(mentionOf);
    const [shared, ...others] = events.map((event) => eventEnvelope(event)) as [
      ReturnType<typeof eventEnvelope>,
      ...ReturnType<typeof eventEnvelope>[],
    ];
    const replies = await Promise.all([
      ...bots.map((bot) => postSigned(bot.port, shared)),
      ...others.map((envelope, n) => postSigned((bots[n] as (typeof bots)[number]).port, envelope)),
    ]);
    expect(replies.map((reply) => reply.status)).toEqual(Array(6).fill(200));
    const ids = [shared, ...others].map((envelope) => `event:${envelope.event_id}`);
    // Every job is running somewhere, waiting on the model.
    await until(
      () => ids.every((id) => cluster.runnerOf(bots, id)) && llm.requests.length >= asked + 4,
      'all four jobs to be running',
    );
    const runner = cluster.runnerOf(bots, `event:${shared.event_id}`) as (typeof bots)[number];
    await cluster.kill(runner);
    cluster.hold(false);

    const calls = () => slack.calls.slice(before);
    const sheets = () => calls().filter((call) => call.method === 'chat.update' && isSheet(call));
    await until(() => sheets().length >= 4, 'a sheet for each of the four events');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const placeholders = calls().filter((call) => call.method === 'chat.postMessage');
    // One placeholder per event (the shared one's thread once), one sheet in each, none twice.
    expect(placeholders.map((call) => call.params.thread_ts).sort()).toEqual(
      events.map((event) => event.ts).sort(),
    );
    expect(sheets()).toHaveLength(4);
    expect(new Set(sheets().map((call) => call.params.ts)).size).toBe(4);
    expect(calls().some((call) => ASK_AGAIN.test(String(call.params.text)))).toBe(false);
    // The killed instance's job was run again by a survivor.
    const survivors = bots.filter((bot) => bot !== runner);
    expect(cluster.runnerOf(survivors, `event:${shared.event_id}`)).toBeDefined();
    await cluster.stopBots();
  }, 120_000);

  it('tells the asker when the workspace’s queue is full', async () => {
    const harness = await startHarness({
      env: { COPYDESK_STORE: `${cluster.redis.url}/2`, COPYDESK_QUEUE_MAX_PER_WORKSPACE: '1' },
      // The first sheet never ends, so it still counts when the second request comes.
      buildSheet: () => new Promise(() => {}),
    });
    try {
      const text = `<@${BOT_USER}> ${slackEscape(exampleText('northern-courier'))}`;
      await harness.send(eventEnvelope(mentionEvent({ text })));
      await harness.until(() => harness.slack.callsTo('chat.postMessage').length === 1);
      const second = mentionEvent({ text });
      expect((await harness.send(eventEnvelope(second))).status).toBe(200);
      const full = await harness.until(() =>
        harness.slack.calls.find((call) => /as many fact sheets waiting/.test(String(call.params.text))),
      );
      expect(full.method).toBe('chat.update');
      expect(harness.slack.callsTo('chat.postMessage')[1]?.params.thread_ts).toBe(second.ts);
    } finally {
      await harness.stop();
    }
  }, 30_000);
});
