// Issue 10's bench row: copydesk on Redis as three instances (separate processes, `src/slack/main.ts` as in
// production), 500 app_mention events over 10 s from 10 workspaces, round robin over the three, a stub LLM that
// answers in 300 ms (a local server speaking OpenAI's chat completions wire format, keep-alive longer than the
// client's), and one instance killed with SIGKILL halfway. Measured: ack p99 against bare Bolt's (three bare
// Bolt processes, the same load and the same kill, the same run), whether every event got exactly one sheet
// (counted at the Slack double), and the queue's overhead per job (enqueue → start, from the instances' own
// logs). Never asserted.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { redisAvailable, startRedis } from '../../../test/support/redis-server.ts';
import { BOT_ID, BOT_USER } from '../../../test/support/slack-events.ts';
import { BOT_TOKEN } from '../../../test/support/slack-fake-api.ts';
import { SIGNING_SECRET } from '../../../test/support/slack-signed-request.ts';
import { percentile } from '../stats.ts';
import { spawnLine, stopProcess } from './spawn-line.ts';

export const LLM_DELAY_MS = 300;
const INSTANCES = 3;
/** One instance is killed as the event at this share of the run is sent. */
const KILL_AT = 0.5;

export interface ThreeInstanceFigures {
  events: number;
  seconds: number;
  ack: { copydeskP50: number; copydeskP99: number; bareP50: number; bareP99: number; p99Ratio: number };
  /** The same, over the events sent before the kill (steady state, three instances up). */
  beforeKill: { copydeskP99: number; bareP99: number; p99Ratio: number };
  /** Every acknowledgement's milliseconds, in the order sent (the first `killAt` before the kill), for pooling. */
  ackMs: { copydesk: number[]; bare: number[]; killAt: number };
  non200: number;
  /** Deliveries sent again to another instance after a connection to the killed one failed. */
  redelivered: number;
  /** The same for the floor's killed bare Bolt: its kill happened too. */
  bareRedelivered: number;
  /** Events with exactly one placeholder and exactly one sheet in it. */
  exactlyOnce: number;
  /** Events with two sheets, or two placeholders. */
  twice: { sheets: number; placeholders: number };
  askedAgain: number;
  lost: number;
  /** Enqueue → start, per job (the instances' "queued fact sheet started" lines). */
  wait: { p50: number; p99: number; jobs: number };
  run: { p50: number; p99: number };
  /** Jobs taken over from the killed instance (BullMQ stalled-job recovery). */
  takenOver: number;
  /** Takeovers that read their answer back: found it already there (nothing written), or could not read it. */
  readBack: { alreadyAnswered: number; unreadable: number };
  settings: Record<string, string>;
}

export type ThreeInstanceResult = ThreeInstanceFigures | { skipped: string };

export async function benchThreeInstances(events = 500, seconds = 10): Promise<ThreeInstanceResult> {
  if (!redisAvailable) return { skipped: 'redis-server not found (apt-get install redis-server)' };
  const redis = await startRedis();
  const doubles = await spawnLine<{ slackUrl: string; llmUrl: string }>('./doubles.ts', [
    `--llm-delay-ms=${LLM_DELAY_MS}`,
  ]);
  const settings = {
    COPYDESK_JOB_LEASE_MS: '5000',
    SLACK_JOBS_PER_WORKSPACE: '4',
    COPYDESK_QUEUE_CONCURRENCY: '16',
    COPYDESK_QUEUE_MAX_PER_WORKSPACE: '100',
  };
  const env = {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_USER_ID: BOT_USER,
    SLACK_BOT_ID: BOT_ID,
    SLACK_API_URL: doubles.line.slackUrl,
    OPENAI_BASE_URL: doubles.line.llmUrl,
    OPENAI_API_KEY: 'bench',
    PORT: '0',
  };
  try {
    // The floor: bare Bolt, three processes, the same paced load and the same SIGKILL. A killed process's
    // connections wait for the kernel to tear it down before they fail over (26–38 ms for bare Bolt, ~100 ms for
    // copydesk's larger process here), so the floor pays its share of that too. Part of copydesk's is its own
    // size, and failover can set the whole-run p99: the row also holds the ratio before the kill to the goal.
    const bare = await Promise.all(
      Array.from({ length: INSTANCES }, () =>
        spawnLine<{ port: number }>('./app.ts', ['bare'], { ...env, LOG_LEVEL: 'silent' }),
      ),
    );
    let bareLoad: LoadLine;
    try {
      bareLoad = await load(
        bare.map((app) => app.line.port),
        events,
        seconds,
        { pid: bare[INSTANCES - 1]?.child.pid ?? 0, atEvent: Math.floor(events * KILL_AT) },
      );
    } finally {
      await Promise.all(bare.map((app) => stopProcess(app.child)));
    }

    const instances = await Promise.all(
      Array.from({ length: INSTANCES }, () =>
        startInstance({
          ...env,
          ...settings,
          COPYDESK_STORE: redis.url,
          LOG_LEVEL: 'info',
          SLACK_SHUTDOWN_GRACE_MS: '2000',
        }),
      ),
    );
    let copydeskLoad: LoadLine;
    try {
      const victim = instances[INSTANCES - 1] as Instance;
      copydeskLoad = await load(
        instances.map((instance) => instance.port),
        events,
        seconds,
        { pid: victim.child.pid ?? 0, atEvent: Math.floor(events * KILL_AT) },
      );
      const answered = await settled(doubles.line.slackUrl, copydeskLoad.threads);
      const counts = copydeskLoad.threads.map((thread) => answered[thread] ?? NONE);
      const lines = instances.flatMap((instance) => instance.lines);
      const started = lines.filter((line) => line.msg === 'queued fact sheet started');
      const done = lines.filter((line) => line.msg === 'queued fact sheet done');
      const waits = started.map((line) => Number(line.waitedMs));
      const runs = done.map((line) => Number(line.runMs));
      const bareP99 = percentile(bareLoad.ms, 99);
      const early = Math.floor(events * KILL_AT);
      const beforeCopydesk = percentile(copydeskLoad.ms.slice(0, early), 99);
      const beforeBare = percentile(bareLoad.ms.slice(0, early), 99);
      const copydeskP99 = percentile(copydeskLoad.ms, 99);
      return {
        events,
        seconds,
        ack: {
          copydeskP50: percentile(copydeskLoad.ms, 50),
          copydeskP99,
          bareP50: percentile(bareLoad.ms, 50),
          bareP99,
          p99Ratio: copydeskP99 / bareP99,
        },
        beforeKill: {
          copydeskP99: beforeCopydesk,
          bareP99: beforeBare,
          p99Ratio: beforeCopydesk / beforeBare,
        },
        ackMs: { copydesk: copydeskLoad.ms, bare: bareLoad.ms, killAt: early },
        non200: copydeskLoad.statuses.filter((status) => status !== 200).length,
        redelivered: copydeskLoad.retried,
        bareRedelivered: bareLoad.retried,
        exactlyOnce: counts.filter((c) => c.placeholders === 1 && c.sheets === 1 && c.askAgain === 0).length,
        twice: {
          sheets: counts.filter((c) => c.sheets > 1).length,
          placeholders: counts.filter((c) => c.placeholders > 1).length,
        },
        askedAgain: counts.filter((c) => c.askAgain > 0).length,
        lost: counts.filter((c) => c.sheets === 0 && c.askAgain === 0).length,
        wait: { p50: percentile(waits, 50), p99: percentile(waits, 99), jobs: waits.length },
        run: { p50: percentile(runs, 50), p99: percentile(runs, 99) },
        takenOver: lines.filter((line) => line.msg === 'a queued fact sheet lost its worker; taken over')
          .length,
        readBack: {
          alreadyAnswered: lines.filter((line) => String(line.msg).startsWith('a taken-over job was already'))
            .length,
          unreadable: lines.filter((line) => String(line.msg).startsWith('could not read back')).length,
        },
        settings: { ...settings, instances: String(INSTANCES), llmDelayMs: String(LLM_DELAY_MS) },
      };
    } finally {
      await Promise.all(instances.map((instance) => stopProcess(instance.child)));
    }
  } finally {
    await stopProcess(doubles.child);
    await redis.stop();
  }
}

interface LoadLine {
  ms: number[];
  statuses: number[];
  threads: string[];
  retried: number;
}

async function load(
  ports: number[],
  events: number,
  seconds: number,
  kill?: { pid: number; atEvent: number },
): Promise<LoadLine> {
  const client = await spawnLine<LoadLine>('./paced-load-client.ts', [
    ports.join(','),
    String(events),
    String(seconds),
    ...(kill ? [String(kill.pid), String(kill.atEvent)] : []),
  ]);
  return client.line;
}

interface Counts {
  placeholders: number;
  sheets: number;
  askAgain: number;
}
const NONE: Counts = { placeholders: 0, sheets: 0, askAgain: 0 };

/** What each thread got, once every thread has its answer (or two minutes pass), and then a few seconds more. */
async function settled(slackUrl: string, threads: string[]): Promise<Record<string, Counts>> {
  const read = async () => {
    const response = await fetch(`${slackUrl}bench.threads`, { method: 'POST' });
    return ((await response.json()) as { threads: Record<string, Counts> }).threads;
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    const now = await read();
    const open = threads.filter((thread) => {
      const counts = now[thread];
      return !counts || (counts.sheets === 0 && counts.askAgain === 0);
    });
    if (open.length === 0 || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  // Time for a second sheet to show, were one coming (a lease and a stalled check).
  await new Promise((resolve) => setTimeout(resolve, 6_000));
  return read();
}

interface Instance {
  child: ChildProcess;
  port: number;
  /** Its log lines so far, parsed. */
  lines: Record<string, unknown>[];
}

/** The bot as production runs it (`npm start`'s main.ts), its JSON logs read from stderr. */
async function startInstance(env: Record<string, string>): Promise<Instance> {
  const main = new URL('../../../src/slack/main.ts', import.meta.url).pathname;
  const child = spawn(process.execPath, [main], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  const port = new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`an instance exited (${code}) before it listened`)));
    createInterface({ input: child.stderr as NonNullable<typeof child.stderr> }).on('line', (text) => {
      let line: Record<string, unknown>;
      try {
        line = JSON.parse(text) as Record<string, unknown>;
      } catch {
        return;
      }
      lines.push(line);
      if (typeof line.port === 'number') resolve(line.port);
    });
  });
  return { child, port: await port, lines };
}
