// Issue 10, items 1 and 4, in Slack: two bot instances (the real app, signed HTTP events) on one real Redis.
// The same event delivered to both is answered once; with Redis gone, events are still acknowledged and the
// asker is told to try again in a minute, and once Redis is back the next mention gets its sheet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleText } from '../support/fixtures.ts';
import { redisAvailable, startRedis, type TestRedis } from '../support/redis-server.ts';
import { BOT_USER, eventEnvelope, mentionEvent } from '../support/slack-events.ts';
import { type Harness, isSheet, startHarness } from '../support/slack-harness.ts';

describe.skipIf(!redisAvailable)('two instances on one Redis', () => {
  let redis: TestRedis;
  let first: Harness;
  let second: Harness;
  const both = () => [first, second];
  const mention = () => mentionEvent({ text: `<@${BOT_USER}> ${exampleText('northern-courier')}` });
  const calls = (method: string) => both().flatMap((h) => h.slack.callsTo(method));

  beforeAll(async () => {
    redis = await startRedis();
    const env = { COPYDESK_STORE: redis.url };
    [first, second] = await Promise.all([startHarness({ env }), startHarness({ env })]);
  });
  afterAll(async () => {
    await Promise.all(both().map((h) => h?.stop()));
    await redis?.stop();
  });

  it('answers the same event once, whichever instance gets it', async () => {
    const envelope = eventEnvelope(mention());
    const replies = await Promise.all([first.send(envelope), second.send(envelope), first.send(envelope)]);
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200]);
    await first.until(() => calls('chat.update').find(isSheet));
    await Promise.all(both().map((h) => h.settle()));
    expect(calls('chat.postMessage')).toHaveLength(1);
    expect(calls('chat.update').filter(isSheet)).toHaveLength(1);
    for (const h of both()) h.slack.calls.length = 0;
  });

  it('acknowledges events while Redis is away, says so, and answers again once it is back', async () => {
    await redis.kill();
    const event = mention();
    const started = Date.now();
    const reply = await first.send(eventEnvelope(event));
    expect(reply.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3_000);
    const told = await first.until(() => first.slack.callsTo('chat.postMessage')[0]);
    expect(told.params).toMatchObject({ thread_ts: event.ts });
    expect(String(told.params.text)).toContain('cannot reach its job store');
    await first.settle();
    first.slack.calls.length = 0;

    await redis.restart();
    // The client reconnects on its own (backoff capped at 2 s); the same instance then answers normally.
    const later = mention();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect((await first.send(eventEnvelope(later))).status).toBe(200);
    // Its sheet is a queued job: whichever instance's worker takes it answers, in the placeholder first posted.
    const placeholder = await first.until(() => first.slack.callsTo('chat.postMessage')[0]);
    expect(placeholder.params).toMatchObject({ channel: later.channel, thread_ts: later.ts });
    await first.until(() => calls('chat.update').find(isSheet), 15_000);
    await Promise.all(both().map((h) => h.settle()));
    expect(calls('chat.update').filter(isSheet)).toHaveLength(1);
    expect(calls('chat.postMessage')).toHaveLength(1);
  }, 40_000);
});
