// Issue 9: an LLM server whose 401 body echoes the key. The key (and every Slack secret) must appear in no log
// line of the bot and no message it posts, and nowhere on the CLI's stderr, whatever field carries it.
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copydesk } from '../cli/run-copydesk.ts';
import { startBotProcess, until } from '../support/bot-process.ts';
import { freshDataDir } from '../support/data-dir.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server.ts';
import { examplePath, exampleText } from '../support/fixtures.ts';
import { BOT_USER, eventEnvelope, mentionEvent, slackEscape } from '../support/slack-events.ts';
import { BOT_TOKEN, type FakeSlack, startFakeSlack } from '../support/slack-fake-api.ts';
import { postSigned, SIGNING_SECRET } from '../support/slack-signed-request.ts';

const KEY = 'sk-echo-SECRET-0123456789abcdef';
let slack: FakeSlack;
let llm: FakeOpenAI;

beforeAll(async () => {
  slack = await startFakeSlack();
  // Like a careless proxy: the 401 body repeats the Authorization header it was sent, in several fields.
  llm = await startFakeOpenAI((request) => ({
    status: 401,
    body: {
      error: {
        message: `Incorrect API key provided: ${request.headers.authorization}`,
        type: 'invalid_request_error',
        code: 'invalid_api_key',
        param: String(request.headers.authorization).replace('Bearer ', ''),
      },
    },
  }));
});
afterAll(async () => {
  await slack.close();
  await llm.close();
});

describe('secrets are redacted by value', () => {
  it('the bot: not in any log line (debug included) nor in any Slack message', async () => {
    const { child, port, output } = await startBotProcess({
      slackUrl: slack.url,
      llmUrl: llm.url,
      env: {
        COPYDESK_DATA_DIR: freshDataDir(),
        OPENAI_API_KEY: KEY,
        LOG_LEVEL: 'debug',
        SLACK_SHUTDOWN_GRACE_MS: '1000',
      },
    });
    try {
      const text = `<@${BOT_USER}> ${slackEscape(exampleText('northern-courier'))}`;
      const reply = await postSigned(port, eventEnvelope(mentionEvent({ text })));
      expect(reply.status).toBe(200);
      await until(() => slack.callsTo('chat.update').some(isFailure), 'the job to say it failed');
      expect(llm.requests.length).toBeGreaterThan(0);
    } finally {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }
    const stderr = output();
    // The failure was logged with its cause (the test would pass vacuously on a silent log otherwise).
    expect(stderr).toContain('Incorrect API key provided');
    for (const secret of [KEY, BOT_TOKEN, SIGNING_SECRET]) {
      expect(stderr).not.toContain(secret);
      expect(JSON.stringify(slack.calls.map((call) => call.params))).not.toContain(secret);
    }
    // A spawned bot under a loaded test run can take a while to start: the bound is generous, nothing is timed.
  }, 60_000);

  it('the CLI: not on stderr, at any log level', async () => {
    for (const level of ['fatal', 'debug']) {
      const run = await copydesk([examplePath('northern-courier')], {
        OPENAI_BASE_URL: llm.url,
        OPENAI_API_KEY: KEY,
        COPYDESK_LLM_MAX_RETRIES: '0',
        LOG_LEVEL: level,
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('OPENAI_API_KEY');
      expect(run.stderr).not.toContain(KEY);
      expect(run.stdout).not.toContain(KEY);
    }
  });
});

/** The job's last word: anything but the placeholder or its progress. */
function isFailure(call: { params: Record<string, unknown> }): boolean {
  return !String(call.params.text ?? '').includes(':hourglass');
}
