// Issue 9: every Slack error on the way out has an answer. Rate limits are per method and channel, and the final
// update of a placeholder ends in the sheet (whole or split), a short notice, or no placeholder: never
// "Reading 1 source…" for good.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleText } from '../support/fixtures.ts';
import { BOT_USER, eventEnvelope, mentionEvent, slackEscape } from '../support/slack-events.ts';
import type { SlackCall } from '../support/slack-fake-api.ts';
import { type Harness, isSheet, startHarness } from '../support/slack-harness.ts';

let harness: Harness;
beforeEach(async () => {
  harness = await startHarness();
});
afterEach(async () => {
  await harness.stop();
});

function mention(channel = 'C0DESK') {
  const text = `<@${BOT_USER}> ${slackEscape(exampleText('northern-courier'))}`;
  return eventEnvelope({ ...mentionEvent({ text }), channel });
}

const updatesIn = (channel: string): SlackCall[] =>
  harness.slack.callsTo('chat.update').filter((call) => call.params.channel === channel);

describe('rate limits', () => {
  it('a 429 on one channel’s chat.update does not hold up another channel’s job', async () => {
    let limited = false;
    harness.slack.on('chat.update', (params) => {
      if (params.channel === 'C0DESK' && !limited) {
        limited = true;
        return { __status: 429, __headers: { 'retry-after': '5' }, ok: false, error: 'ratelimited' };
      }
      return { ok: true, channel: params.channel, ts: params.ts };
    });
    await harness.send(mention('C0DESK'));
    await harness.until(() => limited);
    await harness.send(mention('C0OTHER'));
    // The other channel's sheet lands while the limited channel is still waiting out its Retry-After.
    await harness.until(() => updatesIn('C0OTHER').find(isSheet));
    expect(updatesIn('C0DESK').filter((call) => call !== updatesIn('C0DESK')[0]).length).toBe(0);
    // And the limited one is delivered once its wait is over.
    await harness.until(() => updatesIn('C0DESK').find(isSheet), 15_000);
  });
});

describe('the final update', () => {
  it('msg_too_long: the sheet is delivered shorter, the rest as thread replies', async () => {
    harness.slack.on('chat.update', (params) => {
      const blocks = params.blocks as unknown[];
      if (blocks.length > 3) return { ok: false, error: 'msg_too_long' };
      return { ok: true, channel: params.channel, ts: params.ts };
    });
    await harness.send(mention());
    await harness.settle();
    const landed = harness.slack
      .callsTo('chat.update')
      .filter((call) => (call.params.blocks as unknown[]).length <= 3);
    const last = landed.at(-1);
    expect(last && isSheet(last)).toBe(true);
    const continued = harness.slack
      .callsTo('chat.postMessage')
      .filter((call) => call.params.text === 'Fact sheet (continued)');
    expect(continued.length).toBeGreaterThan(0);
  });

  it('ratelimited on every try: a short notice replaces the placeholder', async () => {
    harness.slack.on('chat.update', (params) => {
      if (isSheet({ method: 'chat.update', params, authorization: undefined }))
        return { ok: false, error: 'ratelimited' };
      return { ok: true, channel: params.channel, ts: params.ts };
    });
    await harness.send(mention());
    const notice = await harness.until(
      () =>
        harness.slack
          .callsTo('chat.update')
          .find((call) => String(call.params.text).includes('rate-limiting')),
      15_000,
    );
    expect(String(notice.params.text)).toContain(':warning:');
  });

  it('when even the notice is refused, the placeholder is removed', async () => {
    harness.slack.on('chat.update', (params) => {
      if (String(params.text).includes('hourglass'))
        return { ok: true, channel: params.channel, ts: params.ts };
      return { ok: false, error: 'ratelimited' };
    });
    harness.slack.on('chat.delete', (params) => ({ ok: true, channel: params.channel, ts: params.ts }));
    await harness.send(mention());
    const deleted = await harness.until(() => harness.slack.callsTo('chat.delete')[0], 15_000);
    const placeholder = harness.slack.callsTo('chat.postMessage')[0];
    expect(deleted.params.channel).toBe('C0DESK');
    expect(placeholder).toBeDefined();
  });
});
