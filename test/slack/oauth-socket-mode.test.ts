// Issue 10, item 3, in Socket Mode: the install flow is served on PORT beside the health route (Bolt's Socket
// Mode receiver runs it), and an event from the installed workspace, arriving over the socket, is answered with
// that workspace's token.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/logger.ts';
import { type RunningSlackApp, startSlackApp } from '../../src/slack/start.ts';
import { exampleResponder } from '../support/example-llm.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server.ts';
import { exampleText } from '../support/fixtures.ts';
import { mentionEvent, slackEscape } from '../support/slack-events.ts';
import { type FakeSlack, startFakeSlack } from '../support/slack-fake-api.ts';
import { isSheet } from '../support/slack-harness.ts';
import {
  type AuthorizeDouble,
  answerOAuth,
  installThroughBrowser,
  OAUTH_ENV,
  startAuthorizeDouble,
  workspace,
  workspaceEnvelope,
} from '../support/slack-oauth.ts';
import { attachSocketServer, type SocketPeer } from '../support/slack-socket-server.ts';

const ws = workspace(7);
let slack: FakeSlack;
let llm: FakeOpenAI;
let peer: SocketPeer;
let authorize: AuthorizeDouble;
let app: RunningSlackApp;
let port: number;

/** Socket Mode listens for the install flow on PORT itself: a free one is found first. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port: free } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return free;
}

beforeAll(async () => {
  slack = await startFakeSlack();
  answerOAuth(slack, [ws]);
  llm = await startFakeOpenAI(exampleResponder());
  peer = attachSocketServer(slack.server);
  authorize = await startAuthorizeDouble();
  port = await freePort();
  authorize.redirectTo = `http://127.0.0.1:${port}/slack/oauth_redirect`;
  const config = loadConfig({
    COPYDESK_STORE: 'memory',
    SLACK_APP_TOKEN: 'xapp-1-test',
    ...OAUTH_ENV,
    SLACK_AUTHORIZE_URL: authorize.url,
    SLACK_API_URL: slack.url,
    PORT: String(port),
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
  await app?.stop(500);
  peer?.close();
  await slack?.close();
  await llm?.close();
  await authorize?.close();
});

async function until<T>(check: () => T | undefined): Promise<T> {
  for (let i = 0; i < 400; i += 1) {
    const value = check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('timed out');
}

describe('OAuth in Socket Mode', () => {
  it('installs through the flow on PORT and answers the workspace with its token', async () => {
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const visit = await installThroughBrowser(port, authorize, ws);
    expect(visit.start.status).toBe(302);
    expect(visit.finish.status).toBe(200);

    const event = mentionEvent({ text: `<@${ws.botUserId}> ${slackEscape(exampleText('coastline-wire'))}` });
    peer.send({
      envelope_id: 'env-oauth-1',
      type: 'events_api',
      accept_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
      payload: workspaceEnvelope(ws, event),
    });
    const sheet = await until(() => slack.callsTo('chat.update').find(isSheet));
    expect(sheet.authorization).toBe(`Bearer ${ws.token}`);
    expect(slack.callsTo('chat.postMessage')[0]?.authorization).toBe(`Bearer ${ws.token}`);
  });
});
