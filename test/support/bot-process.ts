// The bot as its own process (src/slack/main.ts), pointed at the fake Slack and OpenAI servers: for the tests
// that kill an instance mid-job and need a real process to die.
import { type ChildProcess, spawn } from 'node:child_process';
import { childEnv } from './child-env.ts';
import { BOT_USER } from './slack-events.ts';
import { BOT_TOKEN } from './slack-fake-api.ts';
import { SIGNING_SECRET } from './slack-signed-request.ts';

const main = new URL('../../src/slack/main.ts', import.meta.url).pathname;

/** Polls `check` until it gives a value; a test that waits too long says what it was waiting for. */
export async function until<T>(check: () => T | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 1_200; i++) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export interface BotProcess {
  child: ChildProcess;
  port: number;
  /** Everything the process has logged so far (its logs go to stderr). */
  output: () => string;
}

/**
 * Starts the bot with a short job lease (a killed instance's jobs are free again soon) and waits for its port.
 * A bot that never listens is killed before the error is thrown, so no test leaves one behind.
 */
export async function startBotProcess(options: {
  slackUrl: string;
  llmUrl: string;
  /** Where the store lives (COPYDESK_DATA_DIR or COPYDESK_STORE), and any variable to set or override. */
  env: Record<string, string>;
}): Promise<BotProcess> {
  const child = spawn(process.execPath, [main], {
    env: childEnv({
      COPYDESK_JOB_LEASE_MS: '1500',
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_USER_ID: BOT_USER,
      SLACK_BOT_ID: 'BCOPYDESK',
      SLACK_API_URL: options.slackUrl,
      OPENAI_BASE_URL: options.llmUrl,
      OPENAI_API_KEY: 'sk-test',
      COPYDESK_LLM_MAX_RETRIES: '0',
      PORT: '0',
      LOG_LEVEL: 'info',
      ...options.env,
    }),
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  try {
    const port = await until(() => /"port":(\d+)/.exec(stderr)?.[1], 'the bot to listen');
    return { child, port: Number(port), output: () => stderr };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}
