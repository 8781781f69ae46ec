// The real Slack app on 127.0.0.1, with a local Slack double and a local OpenAI-compatible server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { type Logger, silentLogger } from '../../src/logger.ts';
import { type RunningSlackApp, type StartOptions, startSlackApp } from '../../src/slack/start.ts';
import { exampleResponder } from './example-llm.ts';
import { type FakeOpenAI, type Responder, startFakeOpenAI } from './fake-openai-server.ts';
import { type ExampleName, exampleText } from './fixtures.ts';
import { BOT_ID, BOT_USER } from './slack-events.ts';
import { BOT_TOKEN, type FakeSlack, type SlackCall, startFakeSlack } from './slack-fake-api.ts';
import { postSigned, SIGNING_SECRET, type SignedOptions } from './slack-signed-request.ts';

/** Nothing listens here: a link that is dead because its site does not answer. */
const DEAD_HOST = '127.0.0.1:9';
export const DEAD_LINK = `http://${DEAD_HOST}/story`;

/** An example article as a news page, for links served by the Slack double. */
export function articlePage(name: ExampleName): string {
  // The examples repeat their headline, as pasted copy often does; a page states it once.
  const [title = '', ...rest] = exampleText(name)
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
  const headline = title.split('\n')[0] ?? title;
  const paragraphs = rest;
  const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html><head><title>${html(headline)}</title></head><body><article><h1>${html(headline)}</h1>${paragraphs
    .map((paragraph) => `<p>${html(paragraph)}</p>`)
    .join('')}</article></body></html>`;
}

export interface Harness {
  slack: FakeSlack;
  llm: FakeOpenAI;
  app: RunningSlackApp;
  port: number;
  /** The bot's data directory: its SQLite store, job journal included. */
  dataDir: string;
  send(payload: Record<string, unknown>, options?: SignedOptions): ReturnType<typeof postSigned>;
  /** Wait until `check` passes (it may throw or return false meanwhile). */
  until<T>(check: () => T | undefined | false, timeoutMs?: number): Promise<T>;
  /** Wait for the runner to be idle and Slack calls to stop arriving. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  env?: Record<string, string>;
  responder?: Responder;
  buildSheet?: StartOptions['buildSheet'];
  /** The Slack double speaks the streaming methods (off: chat.startStream answers method_not_supported). */
  streaming?: boolean;
  /** Time one Web API call may take (15 s in the app): short, to play a slow Slack. */
  webApiTimeoutMs?: number;
  /** The app's logger (silent by default); capturedLogger() reads its lines. */
  logger?: Logger;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const slack = await startFakeSlack({ streaming: options.streaming === true });
  const llm = await startFakeOpenAI(options.responder ?? exampleResponder());
  // Each harness has its own data directory: its SQLite store (the bot's default) shares no job or claim.
  const dataDir = mkdtempSync(join(tmpdir(), 'copydesk-harness-'));
  const config = loadConfig({
    COPYDESK_DATA_DIR: dataDir,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_USER_ID: BOT_USER,
    SLACK_BOT_ID: BOT_ID,
    SLACK_API_URL: slack.url,
    PORT: '0',
    OPENAI_BASE_URL: llm.url,
    OPENAI_API_KEY: 'sk-test',
    COPYDESK_LLM_MAX_RETRIES: '0',
    COPYDESK_FETCH_ALLOW: `127.0.0.1:${slack.port},${DEAD_HOST}`,
    ...options.env,
  });
  const app = await startSlackApp(config, options.logger ?? silentLogger(), {
    host: '127.0.0.1',
    progressIntervalMs: 30,
    ...(options.buildSheet ? { buildSheet: options.buildSheet } : {}),
    ...(options.webApiTimeoutMs ? { webApiTimeoutMs: options.webApiTimeoutMs } : {}),
  });
  const port = app.port ?? 0;
  // Long enough for a three-source sheet on two busy cores (8 s was not, in a lone clone's run beside CI's), and
  // within vitest's 20 s for a test or a hook.
  const until = async <T>(check: () => T | undefined | false, timeoutMs = 15_000): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown;
    for (;;) {
      try {
        const value = check();
        if (value !== undefined && value !== false) return value;
      } catch (error) {
        lastError = error;
      }
      if (Date.now() > deadline) throw lastError ?? new Error('timed out waiting');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return {
    slack,
    llm,
    app,
    port,
    dataDir,
    send: (payload, signed) => postSigned(port, payload, signed),
    until,
    settle: async () => {
      let seen = -1;
      while (seen !== slack.calls.length + slack.responses.length) {
        seen = slack.calls.length + slack.responses.length;
        await app.slack.services.runner.idle();
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    },
    stop: async () => {
      await app.stop(1_000);
      await slack.close();
      await llm.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The text of every mrkdwn and plain_text object in a posted message's blocks. */
export function postedText(call: SlackCall | undefined): string {
  const blocks = (call?.params.blocks ?? []) as Record<string, unknown>[];
  const texts: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if ((record.type === 'mrkdwn' || record.type === 'plain_text') && typeof record.text === 'string')
        texts.push(record.text);
      for (const child of Object.values(record)) if (child && typeof child === 'object') visit(child);
    }
  };
  visit(blocks);
  return texts.join('\n');
}

/** A posted message whose first block is the fact sheet header. */
export function isSheet(call: SlackCall): boolean {
  const blocks = call.params.blocks as { type?: string; text?: { text?: string } }[] | undefined;
  return blocks?.[0]?.type === 'header' && (blocks[0].text?.text ?? '').startsWith('Fact sheet');
}
