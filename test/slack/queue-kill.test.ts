// Issue 10, item 2, end to end: bot processes on one real Redis with the durable queue. An instance killed with
// SIGKILL mid-job has its jobs taken over by another instance's worker (BullMQ stalled-job recovery), which
// answers each in the placeholder the dead one posted: exactly one sheet each, no second placeholder, no
// "ask again". And a workspace at COPYDESK_QUEUE_MAX_PER_WORKSPACE is told so in the new request's thread.
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotProcess, startBotProcess, until } from '../support/bot-process.ts';
import { exampleResponder } from '../support/example-llm.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server.ts';
import { EXAMPLES, exampleText } from '../support/fixtures.ts';
import { redisAvailable, startRedis, type TestRedis } from '../support/redis-server.ts';
import { BOT_USER, eventEnvelope, mentionEvent, slackEscape } from '../support/slack-events.ts';
import { type FakeSlack, startFakeSlack } from '../support/slack-fake-api.ts';
import { isSheet, startHarness } from '../support/slack-harness.ts';
import { postSigned } from '../support/slack-signed-request.ts';

describe.skipIf(!redisAvailable)('durable jobs on Redis', () => {
  let redis: TestRedis;
  let slack: FakeSlack;
  let llm: FakeOpenAI;
  /** Until the kill the model never answers, so both jobs are mid-run in the instance that is killed. */
  let answering = false;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    slack = await startFakeSlack();
    const examples = exampleResponder();
    llm = await startFakeOpenAI((request, index) =>
      answering ? examples(request, index) : new Promise(() => {}),
    );
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await slack?.close();
    await llm?.close();
    await redis?.stop();
  });

  async function startBot(extra: Record<string, string> = {}): Promise<BotProcess> {
    const bot = await startBotProcess({
      slackUrl: slack.url,
      llmUrl: llm.url,
      env: { ...extra, COPYDESK_STORE: redis.url },
    });
    children.push(bot.child);
    return bot;
  }

  it('finishes a killed instance’s jobs on another instance, once each, in their placeholders', async () => {
    const first = await startBot();
    const mentions = [0, 1].map((n) =>
      mentionEvent({
        text: `<@${BOT_USER}> ${slackEscape(exampleText(EXAMPLES[n] ?? 'northern-courier'))}`,
      }),
    );
    for (const event of mentions)
      expect((await postSigned(first.port, eventEnvelope(event))).status).toBe(200);
    // Both jobs are running in the first instance's worker: the model has been asked twice.
    await until(() => llm.requests.length >= 2, 'both jobs to reach the model');
    const placeholders = slack.callsTo('chat.postMessage').map((call, index) => ({
      thread: String(call.params.thread_ts),
      ts: `1800000000.${String(index + 1).padStart(6, '0')}`,
    }));
    expect(placeholders.map((p) => p.thread).sort()).toEqual(mentions.map((event) => event.ts).sort());

    first.child.kill('SIGKILL');
    await once(first.child, 'exit');
    answering = true;
    const second = await startBot();

    const sheetsIn = (ts: string) =>
      slack.callsTo('chat.update').filter((call) => call.params.ts === ts && isSheet(call));
    await until(() => placeholders.every(({ ts }) => sheetsIn(ts).length > 0), 'a sheet in each placeholder');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    for (const { ts } of placeholders) expect(sheetsIn(ts)).toHaveLength(1);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(2);
    expect(slack.calls.some((call) => /had to restart|ask again/i.test(String(call.params.text)))).toBe(
      false,
    );
    second.child.kill('SIGTERM');
    await once(second.child, 'exit');
  }, 90_000);

  it('on SIGTERM leaves its running job (past the grace) and its waiting one to another instance', async () => {
    answering = false;
    const before = slack.calls.length;
    const asked = llm.requests.length;
    // One job at a time in this worker: the second request waits in the queue.
    const first = await startBot({ COPYDESK_QUEUE_CONCURRENCY: '1', SLACK_SHUTDOWN_GRACE_MS: '300' });
    const mentions = [2, 0].map((n) =>
      // The running one is a story the first test did not read: those sheets are cached and would not wait.
      mentionEvent({ text: `<@${BOT_USER}> ${slackEscape(exampleText(EXAMPLES[n] ?? 'northern-courier'))}` }),
    );

    for (const event of mentions)
      expect((await postSigned(first.port, eventEnvelope(event))).status).toBe(200);
    await until(() => llm.requests.length > asked, 'the first job to reach the model');
    const posted = () => slack.calls.slice(before).filter((call) => call.method === 'chat.postMessage');
    await until(() => posted().length === 2, 'both placeholders');
    first.child.kill('SIGTERM');
    const [code] = await once(first.child, 'exit');
    expect(code).toBe(0);
    answering = true;
    const second = await startBot();
    const sheets = () =>
      slack.calls.slice(before).filter((call) => call.method === 'chat.update' && isSheet(call));
    await until(() => sheets().length >= 2, 'both sheets');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(sheets()).toHaveLength(2);
    expect(new Set(sheets().map((call) => call.params.ts)).size).toBe(2);
    expect(posted()).toHaveLength(2);
    second.child.kill('SIGTERM');
    await once(second.child, 'exit');
  }, 90_000);

  it('tells the asker when the workspace’s queue is full', async () => {
    const harness = await startHarness({
      env: { COPYDESK_STORE: redis.url, COPYDESK_QUEUE_MAX_PER_WORKSPACE: '1' },
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
