// Issue 10, item 3, in Socket Mode: three instances, each with its own socket, on one real Redis. Slack gives an
// envelope to one connection, but a retry (or a duplicate) of the same event may reach another: the event's
// claim in Redis holds, so it is answered once, and every envelope is still acknowledged on its own socket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/logger.ts';
import { type RunningSlackApp, startSlackApp } from '../../src/slack/start.ts';
import { exampleResponder } from '../support/example-llm.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server.ts';
import { exampleText } from '../support/fixtures.ts';
import { redisAvailable, startRedis, type TestRedis } from '../support/redis-server.ts';
import { BOT_ID, BOT_USER, eventEnvelope, mentionEvent, slackEscape } from '../support/slack-events.ts';
import { BOT_TOKEN, type FakeSlack, startFakeSlack } from '../support/slack-fake-api.ts';
import { isSheet } from '../support/slack-harness.ts';
import { attachSocketServer, type SocketPeer } from '../support/slack-socket-server.ts';

describe.skipIf(!redisAvailable)('Socket Mode, three instances on one Redis', () => {
  let redis: TestRedis;
  let slack: FakeSlack;
  let llm: FakeOpenAI;
  let peer: SocketPeer;
  const apps: RunningSlackApp[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    slack = await startFakeSlack();
    llm = await startFakeOpenAI(exampleResponder());
    peer = attachSocketServer(slack.server);
    const config = loadConfig({
      COPYDESK_STORE: redis.url,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: 'xapp-1-test',
      SLACK_BOT_USER_ID: BOT_USER,
      SLACK_BOT_ID: BOT_ID,
      SLACK_API_URL: slack.url,
      PORT: '0',
      OPENAI_BASE_URL: llm.url,
      OPENAI_API_KEY: 'sk-test',
      COPYDESK_LLM_MAX_RETRIES: '0',
    });
    // One at a time: each instance's socket is greeted once it is open, which ends that instance's start.
    for (let index = 0; index < 3; index += 1) {
      const starting = startSlackApp(config, silentLogger(), { progressIntervalMs: 30 });
      await peer.connections(index + 1);
      peer.sendTo(index, {
        type: 'hello',
        num_connections: index + 1,
        connection_info: { app_id: 'A0COPYDESK' },
      });
      apps.push(await starting);
    }
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop(500)));
    peer?.close();
    await slack?.close();
    await llm?.close();
    await redis?.stop();
  });

  async function until<T>(check: () => T | undefined | false, ms = 10_000): Promise<T> {
    for (const deadline = Date.now() + ms; Date.now() < deadline; ) {
      const value = check();
      if (value !== undefined && value !== false) return value;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('timed out');
  }

  it('answers an event once when its retries reach the other instances’ sockets', async () => {
    const payload = eventEnvelope(
      mentionEvent({ text: `<@${BOT_USER}> ${slackEscape(exampleText('coastline-wire'))}` }),
    );
    const envelope = (id: string, retry: number) => ({
      envelope_id: id,
      type: 'events_api',
      accept_response_payload: false,
      retry_attempt: retry,
      retry_reason: retry > 0 ? 'timeout' : '',
      payload,
    });
    peer.sendTo(0, envelope('env-a', 0));
    peer.sendTo(1, envelope('env-b', 1));
    peer.sendTo(2, envelope('env-c', 2));
    // Each envelope is acknowledged (Slack would otherwise deliver it again).
    await until(() =>
      ['env-a', 'env-b', 'env-c'].every((id) => peer.received.some((message) => message.envelope_id === id)),
    );
    await until(() => slack.callsTo('chat.update').find(isSheet), 15_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(slack.callsTo('chat.update').filter(isSheet)).toHaveLength(1);
  }, 30_000);
});
