// `npm start` as a process: it starts from the environment, serves health, and exits cleanly on SIGTERM.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv } from '../support/child-env.ts';
import { freshDataDir } from '../support/data-dir.ts';
import { BOT_TOKEN, type FakeSlack, startFakeSlack } from '../support/slack-fake-api.ts';
import { SIGNING_SECRET } from '../support/slack-signed-request.ts';

const main = new URL('../../src/slack/main.ts', import.meta.url).pathname;
let slack: FakeSlack;

beforeAll(async () => {
  slack = await startFakeSlack();
});
afterAll(async () => {
  await slack.close();
});

function run(env: Record<string, string>): { child: ChildProcess; stderr: () => string } {
  // An explicit environment: nothing of this test process leaks in, and process.env is never changed.
  const child = spawn(process.execPath, [main], {
    env: childEnv({ COPYDESK_DATA_DIR: freshDataDir(), ...env }),
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return { child, stderr: () => stderr };
}

describe('npm start', () => {
  it('listens, answers health, and exits 0 on SIGTERM', async () => {
    const { child, stderr } = run({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_USER_ID: 'UCOPYDESK',
      SLACK_BOT_ID: 'BCOPYDESK',
      SLACK_API_URL: slack.url,
      PORT: '0',
      SLACK_SHUTDOWN_GRACE_MS: '1000',
    });
    let port: string | undefined;
    for (let i = 0; i < 200 && !port; i += 1) {
      port = /"port":(\d+)/.exec(stderr())?.[1];
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(port).toBeDefined();
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(slack.callsTo('auth.test')).toEqual([]);
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
    expect(stderr()).not.toContain(BOT_TOKEN);
  });

  it('names every bad variable and exits 1', async () => {
    const { child, stderr } = run({ SLACK_BOT_TOKEN: 'not-a-token', PORT: '0' });
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(stderr()).toContain('SLACK_BOT_TOKEN must start with xoxb-');
  });

  it('says what is missing for Slack', async () => {
    const { child, stderr } = run({ SLACK_BOT_TOKEN: BOT_TOKEN, PORT: '0' });
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(stderr()).toContain('SLACK_SIGNING_SECRET for HTTP mode, or SLACK_APP_TOKEN');
  });
});
