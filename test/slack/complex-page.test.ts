// Issue 9, item 1: a link to a 26 KB page of 2,000 nested <div>s once held the only event loop for a minute,
// and no event from any workspace was acknowledged. Now the page is refused as too complex to read, in a
// worker, while another workspace's event is acknowledged and answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleText } from '../support/fixtures.ts';
import { BOT_USER, eventEnvelope, mentionEvent, slackEscape } from '../support/slack-events.ts';
import { type Harness, isSheet, postedText, startHarness } from '../support/slack-harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  harness.slack.pages.set(
    'nested',
    `<html><head><title>Deep</title></head><body>${'<div>'.repeat(2_000)}<p>Text at the bottom.</p>${'</div>'.repeat(2_000)}</body></html>`,
  );
});
afterAll(async () => {
  await harness.stop();
});

describe('a link to a page of 2,000 nested <div>s', () => {
  it('is answered "too complex to read" while a concurrent event is acknowledged and answered', async () => {
    const link = harness.slack.pageUrl('nested');
    const deep = mentionEvent({ text: `<@${BOT_USER}> <${link}>` });
    const other = mentionEvent({ text: `<@${BOT_USER}> ${slackEscape(exampleText('northern-courier'))}` });
    const [first, second] = await Promise.all([
      harness.send(eventEnvelope(deep)),
      harness.send(eventEnvelope(other)),
    ]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);

    const placeholders = await harness.until(() => {
      const posted = harness.slack.callsTo('chat.postMessage');
      return posted.length >= 2 ? posted : false;
    });
    expect(placeholders.map((call) => call.params.thread_ts).sort()).toEqual([deep.ts, other.ts].sort());
    const final = await harness.until(() => {
      const updates = harness.slack.callsTo('chat.update');
      const refused = updates.find((call) =>
        /too complex to read/.test(`${postedText(call)} ${call.params.text}`),
      );
      const sheet = updates.find((call) => isSheet(call) && /Stella Maris|Lake Varna/.test(postedText(call)));
      return refused && sheet ? { refused, sheet } : false;
    }, 30_000);
    expect(postedText(final.refused)).toContain('too complex to read');
    expect(postedText(final.sheet)).not.toContain('too complex');
  }, 60_000);
});
