// Issue 10's loss window, end to end: a process acknowledged a mention and died before its listener ran (the
// delivery is held in the journal, its lease run out). The running bot replays it and answers it with one sheet;
// Slack's later retry of the same event is a duplicate.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openJobJournal } from '../../src/store/job-journal.ts';
import { exampleText } from '../support/fixtures.ts';
import { BOT_USER, eventEnvelope, mentionEvent, slackEscape } from '../support/slack-events.ts';
import { type Harness, isSheet, startHarness } from '../support/slack-harness.ts';

let harness: Harness;
beforeAll(async () => {
  // A short lease: the bot's recovery passes run every 100 ms.
  harness = await startHarness({ env: { COPYDESK_JOB_LEASE_MS: '300' } });
});
afterAll(async () => {
  await harness.stop();
});

describe('a delivery acknowledged by a process that died before its listener ran', () => {
  it('is replayed by the running bot and answered with exactly one sheet', async () => {
    const envelope = eventEnvelope(
      mentionEvent({ text: `<@${BOT_USER}> ${slackEscape(exampleText('northern-courier'))}` }),
    );
    const dead = openJobJournal(join(harness.dataDir, 'copydesk.sqlite'), 1);
    dead.accept({
      id: `held:${envelope.event_id}`,
      team: envelope.team_id,
      keys: [],
      reply: { kind: 'event', body: JSON.stringify(envelope) },
    });
    dead.close();

    await harness.until(() => harness.slack.callsTo('chat.update').find(isSheet));
    await harness.settle();
    expect(harness.slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(harness.slack.callsTo('chat.update').filter(isSheet)).toHaveLength(1);

    // Let go once answered, and the event is known: Slack's retry of it is a duplicate.
    const journal = openJobJournal(join(harness.dataDir, 'copydesk.sqlite'), 1);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(journal.takeExpired()).toEqual([]);
    journal.close();
    expect((await harness.send(envelope, { retryNum: 1 })).status).toBe(200);
    await harness.settle();
    expect(harness.slack.callsTo('chat.update').filter(isSheet)).toHaveLength(1);
    expect(harness.slack.callsTo('chat.postMessage')).toHaveLength(1);
  });
});
