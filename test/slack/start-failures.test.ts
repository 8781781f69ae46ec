// Issue 9: start-up failures end with one clear line and exit 1, and an error nobody caught never ends the process.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv } from '../support/child-env.ts';
import { freshDataDir } from '../support/data-dir.ts';
import { BOT_TOKEN, type FakeSlack, startFakeSlack } from '../support/slack-fake-api.ts';
import { SIGNING_SECRET } from '../support/slack-signed-request.ts';

const main = new URL('../../src/slack/main.ts', import.meta.url).pathname;
const guards = new URL('../../src/slack/process-guards.ts', import.meta.url).pathname;
const logger = new URL('../../src/logger.ts', import.meta.url).pathname;
let slack: FakeSlack;

beforeAll(async () => {
  slack = await startFakeSlack();
});
afterAll(async () => {
  await slack.close();
});

async function exitOf(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stderr: string; stdout: string }> {
  const child = spawn(process.execPath, args, {
    env: childEnv({ COPYDESK_DATA_DIR: freshDataDir(), ...env }),
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  return { code: code ?? -1, stderr, stdout };
}

const httpMode = (extra: Record<string, string>) => ({
  SLACK_BOT_TOKEN: BOT_TOKEN,
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_API_URL: slack.url,
  PORT: '0',
  ...extra,
});

function oneLine(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.trim() !== '');
}

describe('start-up failures', () => {
  it('a token Slack refuses (auth.test invalid_auth, no SLACK_BOT_USER_ID): one line, exit 1, never listening', async () => {
    slack.on('auth.test', () => ({ ok: false, error: 'invalid_auth' }));
    const { code, stderr } = await exitOf([main], httpMode({}));
    expect(code).toBe(1);
    expect(oneLine(stderr)).toEqual([
      'copydesk: Slack refused SLACK_BOT_TOKEN (invalid_auth): check the Bot User OAuth Token.',
    ]);
    expect(stderr).not.toContain(BOT_TOKEN);
  });

  it('Slack unreachable while checking the token: one line naming the way round it, exit 1', async () => {
    const { code, stderr } = await exitOf([main], httpMode({ SLACK_API_URL: 'http://127.0.0.1:9/api/' }));
    expect(code).toBe(1);
    const lines = oneLine(stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Could not check SLACK_BOT_TOKEN with Slack (127.0.0.1:9');
    expect(lines[0]).toContain('SLACK_BOT_USER_ID');
  });

  it('a COPYDESK_STORE path that cannot be opened names the variable', async () => {
    const { code, stderr } = await exitOf(
      [main],
      httpMode({
        SLACK_BOT_USER_ID: 'UCOPYDESK',
        SLACK_BOT_ID: 'BCOPYDESK',
        COPYDESK_STORE: 'sqlite:/dev/null/x/copydesk.sqlite',
      }),
    );
    expect(code).toBe(1);
    const lines = oneLine(stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^copydesk: COPYDESK_STORE: cannot open the SQLite file "\/dev\/null\/x\/copydesk\.sqlite"/,
    );
  });
});

describe('process guards', () => {
  it('log an unhandled rejection and an uncaught exception, and the process goes on', async () => {
    const script = `
      import { installProcessGuards } from ${JSON.stringify(guards)};
      import { createLogger } from ${JSON.stringify(logger)};
      installProcessGuards(createLogger('info'));
      Promise.reject(new Error('nobody caught this rejection'));
      setTimeout(() => { throw new Error('nobody caught this throw'); }, 10);
      setTimeout(() => { process.stdout.write('still serving'); }, 100);
    `;
    const { code, stdout, stderr } = await exitOf(['--input-type=module', '-e', script], {});
    expect(code).toBe(0);
    expect(stdout).toBe('still serving');
    expect(stderr).toContain('unhandled promise rejection (kept serving)');
    expect(stderr).toContain('nobody caught this rejection');
    expect(stderr).toContain('uncaught exception (kept serving)');
  });
});
