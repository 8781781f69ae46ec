// Issue 10, "the user gets exactly one sheet", on the embedded path (the SQLite job journal): the bot SIGKILLed
// right after Slack received its final chat.update, before the journal heard the job was answered. Restarted on
// the same file, the journal's lease recovery used to answer the job "had to restart, ask again" over the sheet;
// now it reads the placeholder back, finds the sheet by its answer tag, and only clears the job (its keys kept,
// so a redelivery of the event is still a duplicate).
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotProcess, startBotProcess, until } from '../support/bot-process.ts';
import { freshDataDir } from '../support/data-dir.ts';
import { exampleResponder } from '../support/example-llm.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server.ts';
import { exampleText } from '../support/fixtures.ts';
import { killOnCall } from '../support/kill-on-call.ts';
import { BOT_USER, eventEnvelope, mentionEvent, slackEscape } from '../support/slack-events.ts';
import { type FakeSlack, type SlackCall, startFakeSlack } from '../support/slack-fake-api.ts';
import { isSheet } from '../support/slack-harness.ts';
import { postSigned } from '../support/slack-signed-request.ts';

const ASK_AGAIN = /had to restart|ask again/i;
let slack: FakeSlack;
let llm: FakeOpenAI;
const dataDir = freshDataDir();
const children: ChildProcess[] = [];

beforeAll(async () => {
  slack = await startFakeSlack();
  llm = await startFakeOpenAI(exampleResponder());
});
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await slack.close();
  await llm.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function startBot(): Promise<BotProcess> {
  const bot = await startBotProcess({
    slackUrl: slack.url,
    llmUrl: llm.url,
    env: { COPYDESK_DATA_DIR: dataDir },
  });
  children.push(bot.child);
  return bot;
}

const isSheetUpdate = (call: SlackCall) => call.method === 'chat.update' && isSheet(call);

describe('kill -9 right after the sheet landed, restart on the same SQLite file', () => {
  it('clears the job without writing over the sheet', async () => {
    const first = await startBot();
    const killed = killOnCall(slack, first.child, isSheetUpdate);
    const event = mentionEvent({ text: `<@${BOT_USER}> ${slackEscape(exampleText('northern-courier'))}` });
    const envelope = eventEnvelope(event);
    expect((await postSigned(first.port, envelope)).status).toBe(200);
    const sheet = await killed;
    if (first.child.exitCode === null && first.child.signalCode === null) await once(first.child, 'exit');
    const ts = String(sheet.params.ts);
    const file = new DatabaseSync(join(dataDir, 'copydesk.sqlite'), { readOnly: true });
    const journaled = () => (file.prepare('SELECT id FROM copydesk_jobs').all() as unknown[]).length;
    try {
      // The window itself: the sheet is in Slack, the job still in the journal.
      expect(journaled()).toBe(1);
      const afterKill = slack.calls.length;

      const second = await startBot();
      await until(() => journaled() === 0, 'the recovery to clear the job');
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const later = slack.calls.slice(afterKill);
      expect(later.filter((call) => call.method.startsWith('chat.'))).toEqual([]);
      expect(
        later.filter((call) => call.method === 'conversations.replies').map((call) => call.params.ts),
      ).toEqual([ts]);
      expect(slack.calls.filter(isSheetUpdate)).toHaveLength(1);
      expect(slack.calls.some((call) => ASK_AGAIN.test(String(call.params.text)))).toBe(false);
      expect(second.output()).toContain('a taken-over job was already answered');

      // Answered, not released: Slack retrying the event is a duplicate, not a second sheet.
      expect((await postSigned(second.port, envelope, { retryNum: 1 })).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
      expect(slack.calls.filter(isSheetUpdate)).toHaveLength(1);
    } finally {
      file.close();
    }
  }, 90_000);
});
