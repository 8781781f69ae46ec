// Issue 9, item 3: kill -9 of the bot during five jobs, then a restart on its SQLite file. Every placeholder
// ends in a sheet or a plain sentence, exactly once; re-mentioning a message after the crash is answered, not
// dropped as a duplicate.
import { once } from 'node:events';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { until } from '../support/bot-process.ts';
import { botsOnOneDataDir } from '../support/data-dir-bots.ts';
import { exampleResponder } from '../support/example-llm.ts';
import { EXAMPLES, exampleText } from '../support/fixtures.ts';
import { BOT_USER, eventEnvelope, mentionEvent, slackEscape } from '../support/slack-events.ts';
import type { SlackCall } from '../support/slack-fake-api.ts';
import { isSheet } from '../support/slack-harness.ts';
import { postSigned } from '../support/slack-signed-request.ts';

const RESTARTED = /had to restart/;
/** Until the crash the model never answers, so every job is in flight when the bot is killed. */
let answering = false;
const examples = exampleResponder();
const bots = botsOnOneDataDir((request, index) =>
  answering ? examples(request, index) : new Promise(() => {}),
);

const finalFor = (ts: string) => (call: SlackCall) =>
  call.method === 'chat.update' &&
  call.params.ts === ts &&
  (isSheet(call) || RESTARTED.test(String(call.params.text)));

describe('kill -9 during jobs, restart on the same SQLite file', () => {
  it('answers every placeholder exactly once and takes a re-mention after the crash', async () => {
    const first = await bots.start();
    const mentions = [0, 1, 2, 3, 4].map((n) =>
      mentionEvent({
        text: `<@${BOT_USER}> ${slackEscape(exampleText(EXAMPLES[n % EXAMPLES.length] ?? 'northern-courier'))}`,
      }),
    );
    for (const event of mentions)
      expect((await postSigned(first.port, eventEnvelope(event))).status).toBe(200);
    // Two jobs wait on the model, three are queued behind them (two per workspace); all five placeholders are
    // posted and journaled.
    const file = new DatabaseSync(join(bots.dataDir, 'copydesk.sqlite'), { readOnly: true });
    const journaled = () =>
      file.prepare('SELECT reply FROM copydesk_jobs').all() as unknown as { reply: string }[];
    await until(
      () =>
        bots.llm.requests.length >= 2 &&
        journaled().filter((row) => {
          const reply = JSON.parse(row.reply);
          return reply.kind === 'placeholder' && reply.ts !== null;
        }).length === 5,
      'five placeholders journaled',
    );
    const placeholders = bots.slack.callsTo('chat.postMessage').map((call, index) => ({
      thread: String(call.params.thread_ts),
      ts: `1800000000.${String(index + 1).padStart(6, '0')}`,
    }));
    expect(placeholders.map((p) => p.thread).sort()).toEqual(mentions.map((event) => event.ts).sort());

    first.child.kill('SIGKILL');
    await once(first.child, 'exit');
    answering = true;
    const second = await bots.start();

    // The dead process's jobs are found once their lease runs out, and answered where they were shown.
    try {
      await until(
        () => placeholders.every(({ ts }) => bots.slack.calls.some(finalFor(ts))) && journaled().length === 0,
        'every placeholder to be answered and the journal to be empty',
      );
    } finally {
      file.close();
    }
    for (const { ts } of placeholders) expect(bots.slack.calls.filter(finalFor(ts))).toHaveLength(1);
    // No second placeholder was posted for any of them.
    expect(bots.slack.callsTo('chat.postMessage')).toHaveLength(5);

    // The user was told to ask again: editing the message to mention copydesk again is a new request.
    const again = {
      ...(mentions[0] as ReturnType<typeof mentionEvent>),
      edited: { user: 'U0EDITOR', ts: '1.2' },
    };
    expect((await postSigned(second.port, eventEnvelope(again))).status).toBe(200);
    const sheet = await until(
      () =>
        bots.slack
          .callsTo('chat.update')
          .find((call) => isSheet(call) && !placeholders.some((p) => p.ts === call.params.ts)),
      'the re-mention to be answered with a sheet',
    );
    expect(sheet).toBeDefined();
    second.child.kill('SIGTERM');
    await once(second.child, 'exit');
  }, 90_000);
});
