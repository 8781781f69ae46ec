// HTTP mode on a durable store: Slack's requests are gated and acknowledged in the front door's thread, so an
// acknowledgement does not wait for the main thread, however busy its listeners and jobs keep it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { startBotProcess, until } from '../support/bot-process.ts';
import { exampleResponder } from '../support/example-llm.ts';
import { startFakeOpenAI } from '../support/fake-openai-server.ts';
import { exampleText } from '../support/fixtures.ts';
import { sheet } from '../support/sheets.ts';
import { BOT_USER, eventEnvelope, mentionEvent, slackEscape } from '../support/slack-events.ts';
import { startFakeSlack } from '../support/slack-fake-api.ts';
import { type Harness, isSheet, startHarness } from '../support/slack-harness.ts';
import { capturedLogger } from '../support/slack-oauth.ts';
import { sign } from '../support/slack-signed-request.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const mention = () =>
  eventEnvelope(mentionEvent({ text: `<@${BOT_USER}> ${slackEscape(exampleText('northern-courier'))}` }));

/** Another process posts a signed event and prints the status it got (nothing if none came within 10 s). */
function postFromAnotherProcess(port: number, payload: Record<string, unknown>): string {
  const body = JSON.stringify(payload);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const client = `fetch(process.argv[1], { method: 'POST', body: process.argv[2], headers: {
    'content-type': 'application/json', 'x-slack-request-timestamp': process.argv[3], 'x-slack-signature': process.argv[4] },
  }).then((r) => console.log(r.status), (e) => console.log('error', e.message));`;
  const url = `http://127.0.0.1:${port}/slack/events`;
  const run = spawnSync(
    process.execPath,
    ['-e', client, url, body, timestamp, sign(body, Number(timestamp))],
    {
      timeout: 10_000,
    },
  );
  return run.stdout.toString().trim();
}

describe('the front door', () => {
  it('acknowledges an event while the main thread is blocked, and the main thread answers it after', async () => {
    const second = mention();
    let ackWhileBlocked: string | undefined;
    const h = await startHarness({
      buildSheet: async () => {
        // The first sheet blocks the main thread (spawnSync) while another process sends the second mention.
        if (ackWhileBlocked === undefined) ackWhileBlocked = postFromAnotherProcess(h.port, second);
        return sheet();
      },
    });
    harness = h;
    expect((await h.send(mention())).status).toBe(200);
    await h.until(() => h.slack.callsTo('chat.update').filter(isSheet).length === 2, 20_000);
    expect(ackWhileBlocked).toBe('200');
    await h.settle();
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(2);
    // Each delivery the door held was let go by the main thread once its job took its place and was answered.
    const db = new DatabaseSync(join(h.dataDir, 'copydesk.sqlite'), { readOnly: true });
    expect(db.prepare('SELECT id FROM copydesk_jobs').all()).toEqual([]);
    db.close();
  });

  it('logs when the main thread stops taking events, and still acknowledges and holds them', async () => {
    const during = mention();
    let ackWhileStuck: string | undefined;
    const captured = capturedLogger();
    const h = await startHarness({
      logger: captured.logger,
      // A lease long enough not to lapse while the main thread is stuck: the stall floor (5 s) is what counts.
      env: { COPYDESK_JOB_LEASE_MS: '20000' },
      buildSheet: async () => {
        if (ackWhileStuck === undefined) {
          // The main thread is stuck from here to the return; the event sent meanwhile waits untaken.
          ackWhileStuck = postFromAnotherProcess(h.port, during);
          spawnSync('sleep', ['6.5']);
        }
        return sheet();
      },
    });
    harness = h;
    expect((await h.send(mention())).status).toBe(200);
    await h.until(() => h.slack.callsTo('chat.update').filter(isSheet).length === 2, 20_000);
    expect(ackWhileStuck).toBe('200');
    await h.until(() => captured.text().includes('the main thread takes events again'));
    const stall = captured.lines
      .map((text) => JSON.parse(text))
      .find((entry) => String(entry.msg).startsWith('the main thread has stopped taking events'));
    expect(stall).toMatchObject({ level: 50, thread: 'front door', untaken: 1 });
    await h.settle();
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(2);
  }, 30_000);

  it('forwards what is not an event to the app, and its log lines reach the app’s logger', async () => {
    const captured = capturedLogger();
    const h = await startHarness({ logger: captured.logger });
    harness = h;
    const health = await fetch(`http://127.0.0.1:${h.port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    const forged = await h.send(mention(), { secret: 'not-the-signing-secret' });
    expect(forged.status).toBe(401);
    await h.until(() => captured.text().includes('bad signature'));
    const line = captured.lines
      .map((text) => JSON.parse(text))
      .find((entry) => entry.why === 'bad signature');
    expect(line).toMatchObject({ level: 40, thread: 'front door', msg: 'Slack request refused' });
  });

  it('opens again on the same port when its thread dies, and the app goes on answering', async () => {
    const captured = capturedLogger();
    const h = await startHarness({ logger: captured.logger });
    harness = h;
    const door = h.app.frontDoor;
    expect(door).not.toBeNull();
    const first = door?.thread();
    await first?.terminate();
    await h.until(() => captured.text().includes('the front door stopped; opening it again'));
    await h.until(
      () => door?.thread() !== first && captured.text().split('the front door is open').length === 3,
    );
    expect((await h.send(mention())).status).toBe(200);
    await h.until(() => h.slack.callsTo('chat.update').find(isSheet));
  });

  it('names the port when it is taken, in one sentence', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      await expect(startHarness({ env: { PORT: String(port) } })).rejects.toThrow(
        `cannot listen on PORT ${port} (already in use)`,
      );
    } finally {
      taken.close();
    }
  });
});

describe.runIf(process.platform === 'linux')('the work’s priority (Linux)', () => {
  const cleanups: (() => unknown)[] = [];
  // Run even when the test times out, so no bot process outlives it.
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('puts every thread but the front door’s at COPYDESK_WORK_NICE; the door keeps the process’s own', async () => {
    const slack = await startFakeSlack();
    cleanups.push(() => slack.close());
    const llm = await startFakeOpenAI(exampleResponder());
    cleanups.push(() => llm.close());
    const dataDir = mkdtempSync(join(tmpdir(), 'copydesk-nice-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const bot = await startBotProcess({
      slackUrl: slack.url,
      llmUrl: llm.url,
      env: { COPYDESK_DATA_DIR: dataDir, COPYDESK_WORK_NICE: '19' },
    });
    cleanups.push(() => bot.child.kill('SIGKILL'));
    await until(() => bot.output().includes('lower priority'), 'the work to yield');
    const door = bot
      .output()
      .split('\n')
      .filter((line) => line.includes('the front door is open'))
      .map((line) => JSON.parse(line));
    // The process starts at this thread's nice value (0, or more after an in-process app lowered it).
    expect(door).toMatchObject([{ thread: 'front door', nice: getPriority() }]);
    const doorThread = door[0].tid as number;
    // /proc/PID/task/TID/stat, the nice value is field 19: the main thread (its ID is the process's) and the
    // threads started with the process (V8's collector and compiler threads) run at the work's priority.
    const tasks = readdirSync(`/proc/${bot.child.pid}/task`).map(Number);
    expect(tasks).toContain(bot.child.pid);
    expect(tasks).toContain(doorThread);
    const niceOf = (task: number) => {
      const stat = readFileSync(`/proc/${bot.child.pid}/task/${task}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
    };
    expect(niceOf(doorThread)).toBe(getPriority());
    expect(tasks.filter((task) => task !== doorThread && niceOf(task) !== 19)).toEqual([]);
  });
});
