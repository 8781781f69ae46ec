// Ack latency of the Slack app as the ratio to bare Bolt's on the same machine in the same run: 50 signed
// app_mention events sent at once over HTTP, each timed from request to HTTP 200. The load client, the Slack
// Web API double (with the stub LLM) and the app each run in their own process, and copydesk and the bare
// Bolt app (an empty listener) take turns, so both see the same machine.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOT_ID, BOT_USER } from '../../test/support/slack-events.ts';
import { BOT_TOKEN } from '../../test/support/slack-fake-api.ts';
import { SIGNING_SECRET } from '../../test/support/slack-signed-request.ts';
import { spawnLine, stopProcess } from './slack/spawn-line.ts';
import { percentile, type Summary, summarize } from './stats.ts';

export interface AckSide {
  p50: Summary;
  p99: Summary;
  non200: number;
}

export interface AckFigures {
  events: number;
  rounds: number;
  copydesk: AckSide;
  bare: AckSide;
  /** Median copydesk p99 over median bare-Bolt p99. */
  p99Ratio: number;
  /** copydesk's acks slower than Slack's 3 s (Slack would retry them), over every round. */
  over3s: number;
}

type Mode = 'copydesk' | 'bare';

/**
 * `burst`: issue 9's burst (events from 10 workspaces, half of them 6,000-word pastes) on the offline engine,
 * the case where CPU work on the event loop once held every ack (p99 4.86 s, 78 of 200 over 3 s).
 */
export async function benchSlackAck(
  events = 50,
  rounds = 3,
  options: { burst?: boolean } = {},
): Promise<AckFigures> {
  const doubles = await spawnLine<{ slackUrl: string; llmUrl: string }>('./doubles.ts', []);
  // Each run starts on an empty store of its own (the bot's default, SQLite), not on whatever the last run left.
  const dataDir = mkdtempSync(join(tmpdir(), 'copydesk-ack-bench-'));
  const env = {
    COPYDESK_DATA_DIR: dataDir,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_USER_ID: BOT_USER,
    SLACK_BOT_ID: BOT_ID,
    SLACK_API_URL: doubles.line.slackUrl,
    ...(options.burst ? {} : { OPENAI_BASE_URL: doubles.line.llmUrl, OPENAI_API_KEY: 'bench' }),
    PORT: '0',
    LOG_LEVEL: 'silent',
  };
  let over3s = 0;
  const samples: Record<Mode, { p50: number[]; p99: number[]; non200: number }> = {
    copydesk: { p50: [], p99: [], non200: 0 },
    bare: { p50: [], p99: [], non200: 0 },
  };
  try {
    for (let round = 0; round < rounds; round++) {
      for (const mode of ['bare', 'copydesk'] as const) {
        const app = await spawnLine<{ port: number }>('./app.ts', [mode], env);
        try {
          const { line } = await spawnLine<{ ms: number[]; statuses: number[] }>('./load-client.ts', [
            String(app.line.port),
            String(events),
            ...(options.burst ? ['burst'] : []),
          ]);
          if (mode === 'copydesk') over3s += line.ms.filter((ms) => ms > 3_000).length;
          samples[mode].p50.push(percentile(line.ms, 50));
          samples[mode].p99.push(percentile(line.ms, 99));
          samples[mode].non200 += line.statuses.filter((status) => status !== 200).length;
        } finally {
          await stopProcess(app.child);
        }
      }
    }
  } finally {
    await stopProcess(doubles.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
  const side = (mode: Mode): AckSide => ({
    p50: summarize(samples[mode].p50),
    p99: summarize(samples[mode].p99),
    non200: samples[mode].non200,
  });
  const copydesk = side('copydesk');
  const bare = side('bare');
  return { events, rounds, copydesk, bare, p99Ratio: copydesk.p99.median / bare.p99.median, over3s };
}
