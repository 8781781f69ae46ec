// Issue 10, "the user gets exactly one sheet", on the embedded path (the SQLite job journal): the bot SIGKILLed
// right after Slack received its final chat.update, before the journal heard the job was answered. Restarted on
// the same file, the journal's lease recovery used to answer the job "had to restart, ask again" over the sheet;
// now it reads the placeholder back, finds the sheet by its answer tag, and only clears the job (its keys kept,
// so a redelivery of the event is still a duplicate).
import { once } from 'node:events';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { until } from '../support/bot-process.ts';
import { botsOnOneDataDir } from '../support/data-dir-bots.ts';
import { exampleResponder } from '../support/example-llm.ts';
import { exampleText } from '../support/fixtures.ts';
import { killOnCall } from '../support/kill-on-call.ts';
import { BOT_USER, eventEnvelope, mentionEvent, slackEscape } from '../support/slack-events.ts';
import type { SlackCall } from '../support/slack-fake-api.ts';
import { isSheet } from '../support/slack-harness.ts';
import { postSigned } from '../support/slack-signed-request.ts';

const ASK_AGAIN = /had to restart|ask again/i;
const bots = botsOnOneDataDir(exampleResponder());

const isSheetUpdate = (call: SlackCall) => call.method === 'chat.update' && isSheet(call);

describe('kill -9 right after the sheet landed, restart on the same SQLite file', () => {
  it('clears the job without writing over the sheet', async () => {
    const first = await bots.start();
    const killed = killOnCall(bots.slack, first.child, isSheetUpdate);
    const event = mentionEvent({ text: `<@${BOT_USER}> ${slackEscape(exampleText('northern-courier'))}` });
    const envelope = eventEnvelope(event);
    expect((await postSigned(first.port, envelope)).status).toBe(200);
    const sheet = await killed;
    if (first.child.exitCode === null && first.child.signalCode === null) await once(first.child, 'exit');
    const ts = String(sheet.params.ts);
    const file = new DatabaseSync(join(bots.dataDir, 'copydesk.sqlite'), { readOnly: true });
    const journaled = () => (file.prepare('SELECT id FROM copydesk_jobs').all() as unknown[]).length;
    try {
      // The window itself: the sheet is in Slack, the job still in the journal.
      expect(journaled()).toBe(1);
      const afterKill = bots.slack.calls.length;

      const second = await bots.start();
      await until(() => journaled() === 0, 'the recovery to clear the job');
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const later = bots.slack.calls.slice(afterKill);
      expect(later.filter((call) => call.method.startsWith('chat.'))).toEqual([]);
      expect(
        later.filter((call) => call.method === 'conversations.replies').map((call) => call.params.ts),
      ).toEqual([ts]);
      expect(bots.slack.calls.filter(isSheetUpdate)).toHaveLength(1);
      expect(bots.slack.calls.some((call) => ASK_AGAIN.test(String(call.params.text)))).toBe(false);
      expect(second.output()).toContain('a taken-over job was already answered');

      // Answered, not released: Slack retrying the event is a duplicate, not a second sheet.
      expect((await postSigned(second.port, envelope, { retryNum: 1 })).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(bots.slack.callsTo('chat.postMessage')).toHaveLength(1);
      expect(bots.slack.calls.filter(isSheetUpdate)).toHaveLength(1);
    } finally {
      file.close();
    }
  }, 90_000);
});
