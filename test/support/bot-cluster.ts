// Several bot processes on one real Redis, with the Slack double and a model that can be held: the plumbing of
// the tests that kill an instance mid-job (any kind of job) and check another finishes it, once. The model's
// answers are held while `held` is true (every job that reaches it waits there, mid-run); released, the waiting
// requests are answered and new ones at once.
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { type BotProcess, startBotProcess } from './bot-process.ts';
import { exampleResponder } from './example-llm.ts';
import { type FakeOpenAI, type FakeReply, startFakeOpenAI } from './fake-openai-server.ts';
import { startRedis, type TestRedis } from './redis-server.ts';
import { type FakeSlack, startFakeSlack } from './slack-fake-api.ts';

export interface BotCluster {
  redis: TestRedis;
  slack: FakeSlack;
  llm: FakeOpenAI;
  /** Hold the model's answers (true) or release them, the held ones first. */
  hold(held: boolean): void;
  /**
   * A bot process on the cluster's Redis. `db` picks the Redis database: a test on its own database shares no
   * cache, claim or queue with the others (a cached sheet would never reach the held model).
   */
  startBot(options?: { db?: number; env?: Record<string, string> }): Promise<BotProcess>;
  /** The bot whose log says it started job `id` (a queued job logs "queued fact sheet started"). */
  runnerOf(bots: BotProcess[], id: string): BotProcess | undefined;
  /** SIGKILL, and wait for the process to be gone. */
  kill(bot: BotProcess): Promise<void>;
  /** SIGTERM every bot still running, and wait for each. */
  stopBots(): Promise<void>;
  close(): Promise<void>;
}

export async function startBotCluster(options: { streaming?: boolean } = {}): Promise<BotCluster> {
  const redis = await startRedis();
  const slack = await startFakeSlack({ streaming: options.streaming === true });
  const examples = exampleResponder();
  let held = true;
  let waiting: (() => void)[] = [];
  const llm = await startFakeOpenAI(async (request, index): Promise<FakeReply> => {
    if (held) await new Promise<void>((resolve) => waiting.push(resolve));
    return examples(request, index);
  });
  const children: ChildProcess[] = [];
  const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;
  return {
    redis,
    slack,
    llm,
    hold: (next) => {
      held = next;
      if (next) return;
      const release = waiting;
      waiting = [];
      for (const resolve of release) resolve();
    },
    startBot: async ({ db = 0, env = {} } = {}) => {
      const bot = await startBotProcess({
        slackUrl: slack.url,
        llmUrl: llm.url,
        env: {
          COPYDESK_STORE: `${redis.url}/${db}`,
          // Links in /factsheet are pages the Slack double serves.
          COPYDESK_FETCH_ALLOW: `127.0.0.1:${slack.port}`,
          ...env,
        },
      });
      children.push(bot.child);
      return bot;
    },
    runnerOf: (bots, id) =>
      bots.findLast((bot) =>
        bot
          .output()
          .split('\n')
          .some(
            (line) => line.includes('"msg":"queued fact sheet started"') && line.includes(`"job":"${id}"`),
          ),
      ),
    kill: async (bot) => {
      if (!running(bot.child)) return;
      const exited = once(bot.child, 'exit');
      bot.child.kill('SIGKILL');
      await exited;
    },
    stopBots: async () => {
      await Promise.all(
        children.filter(running).map(async (child) => {
          const exited = once(child, 'exit');
          child.kill('SIGTERM');
          await exited;
        }),
      );
    },
    close: async () => {
      held = false;
      for (const resolve of waiting.splice(0)) resolve();
      for (const child of children) if (running(child)) child.kill('SIGKILL');
      await slack.close();
      await llm.close();
      await redis.stop();
    },
  };
}
