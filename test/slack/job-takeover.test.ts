// Issue 9, item 3: Slack's retry of an event whose job was accepted by a process that is gone (its lease ran
// out) is taken up, and answered in the placeholder that process had posted; a retry of a live job is dropped.
// And COPYDESK_STORE=memory says at start that jobs do not survive a restart.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/logger.ts';
import { ANSWER_EVENT } from '../../src/slack/jobs/answer-tag.ts';
import { createJobLedger } from '../../src/slack/jobs/job-ledger.ts';
import { openJobJournal } from '../../src/store/job-journal.ts';
import { exampleText } from '../support/fixtures.ts';
import { BOT_USER, CHANNEL, eventEnvelope, mentionEvent, slackEscape } from '../support/slack-events.ts';
import type { KeptMessage } from '../support/slack-fake-messages.ts';
import { type Harness, isSheet, startHarness } from '../support/slack-harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.stop();
});

describe('a retried delivery', () => {
  it('takes up a job whose owner is gone, in the placeholder it had posted', async () => {
    const event = mentionEvent({ text: `<@${BOT_USER}> ${slackEscape(exampleText('northern-courier'))}` });
    const envelope = eventEnvelope(event);
    // Another process accepted this event and posted its placeholder, then died: its lease is already over.
    const dead = openJobJournal(join(harness.dataDir, 'copydesk.sqlite'), 1);
    dead.accept({
      id: `event:${envelope.event_id}`,
      team: 'T0NEWSROOM',
      keys: [{ key: `event:${envelope.event_id}`, ttlMs: 3_600_000 }],
      reply: { kind: 'placeholder', channel: CHANNEL, threadTs: event.ts, ts: '1799999999.000001' },
    });
    dead.close();
    await new Promise((resolve) => setTimeout(resolve, 5));

    expect((await harness.send(envelope, { retryNum: 1 })).status).toBe(200);
    const sheet = await harness.until(() => harness.slack.callsTo('chat.update').find(isSheet));
    expect(sheet.params.ts).toBe('1799999999.000001');
    await harness.settle();
    expect(harness.slack.callsTo('chat.postMessage')).toEqual([]);

    // The job is answered: a further retry is a duplicate.
    expect((await harness.send(envelope, { retryNum: 2 })).status).toBe(200);
    await harness.settle();
    expect(harness.slack.callsTo('chat.update').filter(isSheet)).toHaveLength(1);
  });
});

describe('a retried delivery of a job whose sheet landed before its owner died', () => {
  it('reads the placeholder back, finds the sheet, and writes nothing', async () => {
    const event = mentionEvent({ text: `<@${BOT_USER}> ${slackEscape(exampleText('northern-courier'))}` });
    const envelope = eventEnvelope(event);
    const id = `event:${envelope.event_id}`;
    const placeholder = '1799999999.000002';
    // The dead process wrote the sheet into its placeholder (tagged with the job) and died before clearing it.
    const sheet: KeptMessage = {
      ts: placeholder,
      thread_ts: event.ts,
      user: BOT_USER,
      text: 'Fact sheet',
      metadata: { event_type: ANSWER_EVENT, event_payload: { job: id, parts: 0 } },
    };
    harness.slack.messages.set(CHANNEL, [sheet]);
    const dead = openJobJournal(join(harness.dataDir, 'copydesk.sqlite'), 1);
    dead.accept({
      id,
      team: 'T0NEWSROOM',
      keys: [{ key: id, ttlMs: 3_600_000 }],
      reply: { kind: 'placeholder', channel: CHANNEL, threadTs: event.ts, ts: placeholder },
    });
    dead.close();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const before = harness.slack.calls.length;

    expect((await harness.send(envelope, { retryNum: 1 })).status).toBe(200);
    await harness.until(() =>
      harness.slack.calls.slice(before).some((call) => call.params.ts === placeholder),
    );
    await harness.settle();
    const later = harness.slack.calls.slice(before);
    expect(later.filter((call) => call.method.startsWith('chat.'))).toEqual([]);
    expect(later.map((call) => [call.method, call.params.ts])).toEqual([
      ['conversations.replies', placeholder],
    ]);
    // Answered: a further retry is a duplicate.
    expect((await harness.send(envelope, { retryNum: 2 })).status).toBe(200);
    await harness.settle();
    expect(harness.slack.calls.slice(before).filter((call) => call.method.startsWith('chat.'))).toEqual([]);
  });
});

describe('COPYDESK_STORE=memory', () => {
  it('says at start that jobs do not survive a restart', () => {
    const lines: string[] = [];
    const logger = { warn: (...args: unknown[]) => lines.push(String(args.at(-1))) } as unknown as Logger;
    const ledger = createJobLedger(openJobJournal(':memory:', 30_000), logger);
    ledger.start({} as never);
    ledger.stop();
    expect(lines.join('\n')).toMatch(/do not survive a restart/);
  });
});
