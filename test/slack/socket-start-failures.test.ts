// Issue 9: Socket Mode start-up with a bad app token, or with Slack unreachable: one clear line naming what to
// check, exit 1, no stack (before, Bolt's own log lines, a stack and "Something went wrong on our side").
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv } from '../support/child-env.ts';
import { freshDataDir } from '../support/data-dir.ts';
import { BOT_ID, BOT_USER } from '../support/slack-events.ts';
import { BOT_TOKEN, type FakeSlack, startFakeSlack } from '../support/slack-fake-api.ts';

const main = new URL('../../src/slack/main.ts', import.meta.url).pathname;
let slack: FakeSlack;
beforeAll(async () => {
  slack = await startFakeSlack();
});
afterAll(async () => {
  await slack.close();
});

async function start(apiUrl: string): Promise<{ code: number; stderr: string }> {
  const child = spawn(process.execPath, [main], {
    env: childEnv({
      COPYDESK_DATA_DIR: freshDataDir(),
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: 'xapp-1-revoked',
      SLACK_BOT_USER_ID: BOT_USER,
      SLACK_BOT_ID: BOT_ID,
      SLACK_API_URL: apiUrl,
      PORT: '0',
    }),
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  child.stdout.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  return { code: code ?? -1, stderr };
}

function lines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.trim() !== '');
}

/** A port on which nothing listens: Slack unreachable. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

describe('Socket Mode start-up failures', () => {
  it('an app token Slack refuses: one line naming SLACK_APP_TOKEN, exit 1', async () => {
    slack.on('apps.connections.open', () => ({ ok: false, error: 'invalid_auth' }));
    const { code, stderr } = await start(slack.url);
    expect(code).toBe(1);
    expect(lines(stderr)).toEqual([
      'copydesk: Slack refused SLACK_APP_TOKEN (invalid_auth): check the app-level token (xapp-…, with the connections:write scope).',
    ]);
  }, 30_000);

  it('Slack unreachable: one line saying so, exit 1, no stack', async () => {
    const port = await closedPort();
    const { code, stderr } = await start(`http://127.0.0.1:${port}/api/`);
    expect(code).toBe(1);
    expect(lines(stderr)).toEqual([
      `copydesk: Could not open a Socket Mode connection with Slack (127.0.0.1:${port}: no answer). Check the network, or unset SLACK_APP_TOKEN to run in HTTP mode.`,
    ]);
  }, 30_000);
});
