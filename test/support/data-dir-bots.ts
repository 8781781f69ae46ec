// Bot processes that share one SQLite data directory, with the fake Slack and OpenAI servers they talk to: for
// the tests that kill one with SIGKILL and start the next on the same file. Registers its own setup and cleanup
// (beforeAll, afterAll); no process outlives the file's tests.
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { type BotProcess, startBotProcess } from './bot-process.ts';
import { freshDataDir } from './data-dir.ts';
import { type FakeOpenAI, type Responder, startFakeOpenAI } from './fake-openai-server.ts';
import { type FakeSlack, startFakeSlack } from './slack-fake-api.ts';

export interface DataDirBots {
  readonly dataDir: string;
  readonly slack: FakeSlack;
  readonly llm: FakeOpenAI;
  /** A bot on the shared data directory, killed at the end if it still runs. */
  start(): Promise<BotProcess>;
}

export function botsOnOneDataDir(responder: Responder): DataDirBots {
  const dataDir = freshDataDir();
  const children: ChildProcess[] = [];
  let servers: { slack: FakeSlack; llm: FakeOpenAI } | undefined;
  beforeAll(async () => {
    servers = { slack: await startFakeSlack(), llm: await startFakeOpenAI(responder) };
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await servers?.slack.close();
    await servers?.llm.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const started = () => {
    if (!servers) throw new Error('botsOnOneDataDir: its servers start in beforeAll');
    return servers;
  };
  return {
    dataDir,
    get slack() {
      return started().slack;
    },
    get llm() {
      return started().llm;
    },
    start: async () => {
      const { slack, llm } = started();
      const bot = await startBotProcess({
        slackUrl: slack.url,
        llmUrl: llm.url,
        env: { COPYDESK_DATA_DIR: dataDir },
      });
      children.push(bot.child);
      return bot;
    },
  };
}
