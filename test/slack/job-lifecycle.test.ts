// Failures, queueing and shutdown: every job ends with a message in its thread.
import { afterEach, describe, expect, it } from 'vitest';
import { exampleResponder } from '../support/example-llm.ts';
import { exampleText } from '../support/fixtures.ts';
import { BOT_USER, eventEnvelope, mentionEvent, slackEscape } from '../support/slack-events.ts';
import { type Harness, isSheet, postedText, startHarness } from '../support/slack-harness.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const article = () => `<@${BOT_USER}> ${slackEscape(exampleText('northern-courier'))}`;

describe('job lifecycle', () => {
  it('reports an internal failure in plain words, never the error itself', async () => {
    const h = await startHarness({
      buildSheet: async () => {
        throw new Error('SQLITE_CORRUPT at /var/lib/copydesk/cache.db <!channel>');
      },
    });
    harness = h;
    const event = mentionEvent({ text: article() });
    await h.send(eventEnvelope(event));
    const final = await h.until(() =>
      h.slack.callsTo('chat.update').find((call) => String(call.params.text).includes("couldn't finish")),
    );
    const text = postedText(final);
    expect(text).toContain('Something went wrong on our side');
    expect(text).not.toMatch(/SQLITE|cache\.db|channel|Error/);
    expect(h.slack.callsTo('chat.postMessage')[0]?.params.thread_ts).toBe(event.ts);
  });

  it('queues jobs beyond the workspace bound with a "queued" placeholder, then runs them', async () => {
    const h = await startHarness({
      env: { SLACK_JOBS_PER_WORKSPACE: '1' },
      responder: (request, index) => ({ ...exampleResponder()(request, index), delayMs: 300 }),
    });
    harness = h;
    await h.send(eventEnvelope(mentionEvent({ text: article() })));
    await h.until(() => h.slack.callsTo('chat.postMessage').length === 1);
    await h.send(eventEnvelope(mentionEvent({ text: article() })));
    const queued = await h.until(() => h.slack.callsTo('chat.postMessage')[1]);
    expect(String(queued.params.text)).toContain('Queued');
    await h.until(() => h.slack.callsTo('chat.update').filter(isSheet).length === 2);
  });

  it('on shutdown tells the users of unfinished jobs, within the grace period', async () => {
    let reading = false;
    const h = await startHarness({
      responder: (request, index) => {
        reading = true;
        return { ...exampleResponder()(request, index), delayMs: 5_000 };
      },
    });
    harness = h;
    await h.send(eventEnvelope(mentionEvent({ text: article() })));
    await h.until(() => h.slack.callsTo('chat.postMessage').length === 1);
    // Stop only once the job is reading (its placeholder recorded): on a loaded machine the placeholder's
    // post can land before the job has written down where its answer goes.
    await h.until(() => reading);
    const started = Date.now();
    await h.app.stop(200);
    expect(Date.now() - started).toBeLessThan(2_000);
    const last = h.slack.callsTo('chat.update').at(-1);
    expect(String(last?.params.text)).toContain('copydesk had to restart');
    const health = await fetch(`http://127.0.0.1:${h.port}/healthz`).catch(() => null);
    expect(health).toBeNull();
  });

  it('waits out a 429 from Slack and then posts, instead of giving up or hammering', async () => {
    const h = await startHarness();
    harness = h;
    let limited = false;
    h.slack.on('chat.postMessage', (params) => {
      if (!limited) {
        limited = true;
        return { __status: 429, __headers: { 'retry-after': '1' }, ok: false, error: 'ratelimited' };
      }
      return { ok: true, channel: params.channel, ts: '1800000001.000001' };
    });
    await h.send(eventEnvelope(mentionEvent({ text: article() })));
    await h.until(() => h.slack.callsTo('chat.update').find(isSheet));
    const posts = h.slack.callsTo('chat.postMessage');
    expect(posts.length).toBeGreaterThanOrEqual(2);
    expect(posts[0]?.params.text).toBe(posts[1]?.params.text);
  });
});
