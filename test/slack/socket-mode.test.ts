// Socket Mode end to end: apps.connections.open on the Slack double, a local WebSocket, an events_api
// envelope in, its ack and the fact sheet out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/logger.ts';
import { type RunningSlackApp, startSlackApp } from '../../src/slack/start.ts';
import { exampleResponder } from '../support/example-llm.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server.ts';
import { exampleText } from '../support/fixtures.ts';
import {
  BOT_ID,
  BOT_USER,
  CHANNEL,
  eventEnvelope,
  mentionEvent,
  slackEscape,
} from '../support/slack-events.ts';
import { BOT_TOKEN, type FakeSlack, startFakeSlack } from '../support/slack-fake-api.ts';
import { isSheet } from '../support/slack-harness.ts';
import { attachSocketServer, type SocketPeer } from '../support/slack-socket-server.ts';

let slack: FakeSlack;
let llm: FakeOpenAI;
let peer: SocketPeer;
let app: RunningSlackApp;

beforeAll(async () => {
  slack = await startFakeSlack();
  llm = await startFakeOpenAI(exampleResponder());
  peer = attachSocketServer(slack.server);
  const config = loadConfig({
    COPYDESK_STORE: 'memory',
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
  const starting = startSlackApp(config, silentLogger(), { progressIntervalMs: 30 });
  await peer.connected;
  peer.send({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0COPYDESK' } });
  app = await starting;
});

afterAll(async () => {
  await app.stop(500);
  peer.close();
  await slack.close();
  await llm.close();
});

async function until<T>(check: () => T | undefined): Promise<T> {
  for (let i = 0; i < 400; i += 1) {
    const value = check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('timed out');
}

describe('Socket Mode', () => {
  it('connects with the app token, acks an event envelope and posts the sheet', async () => {
    const open = slack.callsTo('apps.connections.open')[0];
    expect(open?.authorization).toBe('Bearer xapp-1-test');
    expect(slack.callsTo('auth.test')).toEqual([]);

    const event = mentionEvent({ text: `<@${BOT_USER}> ${slackEscape(exampleText('coastline-wire'))}` });
    peer.send({
      envelope_id: 'env-1',
      type: 'events_api',
      accept_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
      payload: eventEnvelope(event),
    });
    await until(() => peer.received.find((message) => message.envelope_id === 'env-1'));
    const sheet = await until(() => slack.callsTo('chat.update').find(isSheet));
    expect(slack.callsTo('chat.postMessage')[0]?.params).toMatchObject({
      channel: CHANNEL,
      thread_ts: event.ts,
    });
    expect(sheet.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  });
});
