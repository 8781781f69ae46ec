import type { KnownBlock } from '@slack/types';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exampleText } from '../support/fixtures.ts';
import {
  BOT_ID,
  BOT_USER,
  CHANNEL,
  eventEnvelope,
  mentionEvent,
  nextTs,
  slackEscape,
  snippetFile,
} from '../support/slack-events.ts';
import { type Harness, isSheet, postedText, startHarness } from '../support/slack-harness.ts';
import { expectEscaped, expectWithinLimits } from '../support/slack-limits.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.stop();
});
afterEach(async () => {
  await harness.settle();
  harness.slack.calls.length = 0;
});

/** The northern-courier example with a hostile headline, as Slack would deliver it in a message. */
function pastedArticle(): string {
  const article = exampleText('northern-courier').replaceAll(
    'Ferry capsizes on Lake Varna, at least 12 dead',
    'Ferry capsizes on Lake Varna <!channel> & more',
  );
  return `<@${BOT_USER}> ${slackEscape(article)}`;
}

function sheetUpdate() {
  return harness.slack.callsTo('chat.update').find(isSheet);
}

describe('a mention with a pasted article', () => {
  it('posts a placeholder in the thread at once, then replaces it with the fact sheet', async () => {
    const event = mentionEvent({ text: pastedArticle() });
    const reply = await harness.send(eventEnvelope(event));
    expect(reply.status).toBe(200);

    const placeholder = await harness.until(() => harness.slack.callsTo('chat.postMessage')[0]);
    expect(placeholder.params).toMatchObject({
      channel: CHANNEL,
      thread_ts: event.ts,
      unfurl_links: 'false',
    });
    expect(placeholder.params.text).toBe(':hourglass_flowing_sand: Reading 1 source…');
    expect(placeholder.authorization).toBe('Bearer xoxb-test-token');

    const sheet = await harness.until(sheetUpdate);
    // "At once" is an order, not a time: the placeholder is posted before any update of it, progress or sheet
    // (a wall-clock bound here failed on a loaded machine and proved nothing on an idle one).
    const at = harness.slack.calls.indexOf(placeholder);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(harness.slack.calls.findIndex((call) => call.method === 'chat.update')).toBeGreaterThan(at);
    expect(String(sheet.params.ts)).toMatch(/^1800000000\./);
    const text = postedText(sheet);
    expect(text).toContain('Fact sheet');
    expect(text).toContain('*Summary*');
    expect(text).toContain('Ferry capsizes on Lake Varna &lt;!channel&gt; &amp; more');
    expect(text).toContain('*Quotes*');
    expect(text).not.toContain('*Where sources disagree*');
    expectWithinLimits(sheet.params.blocks as KnownBlock[]);
    expectEscaped(
      (sheet.params.blocks as KnownBlock[]).flatMap((block) =>
        block.type === 'section' ? [block.text?.text ?? '', ...(block.fields ?? []).map((f) => f.text)] : [],
      ),
    );
    expect(typeof sheet.params.text).toBe('string');
  });

  it('drops the same event redelivered with a retry header', async () => {
    const envelope = eventEnvelope(mentionEvent({ text: pastedArticle() }));
    await harness.send(envelope);
    await harness.until(sheetUpdate);
    await harness.settle();
    const posts = harness.slack.callsTo('chat.postMessage').length;
    const retry = await harness.send(envelope, { retryNum: 1 });
    expect(retry.status).toBe(200);
    await harness.settle();
    expect(harness.slack.callsTo('chat.postMessage').length).toBe(posts);
  });

  it('does not run again when the message is edited and re-mentions the bot', async () => {
    const event = mentionEvent({ text: pastedArticle() });
    await harness.send(eventEnvelope(event));
    await harness.until(sheetUpdate);
    await harness.settle();
    const posts = harness.slack.callsTo('chat.postMessage').length;
    await harness.send(
      eventEnvelope({ ...mentionEvent({ text: pastedArticle(), ts: event.ts, edited: true }) }),
    );
    await harness.settle();
    expect(harness.slack.callsTo('chat.postMessage').length).toBe(posts);
  });
});

describe('a bare mention', () => {
  it('outside a thread answers with a short how-to', async () => {
    const event = mentionEvent({ text: `<@${BOT_USER}> can you help?` });
    await harness.send(eventEnvelope(event));
    const howTo = await harness.until(() => harness.slack.callsTo('chat.postMessage')[0]);
    expect(howTo.params.thread_ts).toBe(event.ts);
    expect(String(howTo.params.text)).toContain('Give me something to read');
    await harness.settle();
    expect(harness.slack.callsTo('chat.update')).toEqual([]);
  });

  it('inside a thread reads the thread, skipping bots and copydesk itself', async () => {
    const root = nextTs();
    const snippetUrl = harness.slack.fileUrl('coastline.txt');
    harness.slack.files.set('coastline.txt', {
      body: exampleText('coastline-wire'),
      contentType: 'text/plain; charset=utf-8',
    });
    harness.slack.messages.set(CHANNEL, [
      { ts: root, user: 'U0A', text: slackEscape(exampleText('northern-courier')) },
      {
        ts: nextTs(),
        thread_ts: root,
        user: 'U0B',
        text: 'Here is the wire copy',
        files: [snippetFile('Coastline wire', snippetUrl)],
      },
      {
        ts: nextTs(),
        thread_ts: root,
        bot_id: 'B0RSS',
        subtype: 'bot_message',
        text: slackEscape(exampleText('daily-ledger')),
      },
      { ts: nextTs(), thread_ts: root, user: BOT_USER, bot_id: BOT_ID, text: 'Fact sheet' },
    ]);
    const mention = mentionEvent({ text: `<@${BOT_USER}> compare these`, thread_ts: root });
    await harness.send(eventEnvelope(mention));
    const sheet = await harness.until(sheetUpdate);
    expect(harness.slack.callsTo('conversations.replies')[0]?.params).toMatchObject({
      channel: CHANNEL,
      ts: root,
    });
    expect(harness.slack.callsTo('chat.postMessage')[0]?.params.thread_ts).toBe(root);
    const text = postedText(sheet);
    expect(text).toContain('Fact sheet · 2 sources compared');
    expect(text).toContain('*Where sources disagree*');
    expect(text).not.toContain('*S3*');
  });
});

describe('snippets and failures', () => {
  it('reports a snippet Slack would not hand over (sign-in page) in plain words', async () => {
    const url = harness.slack.fileUrl('missing.txt');
    const event = mentionEvent({ text: `<@${BOT_USER}>`, files: [snippetFile('Secret memo', url)] });
    await harness.send(eventEnvelope(event));
    const final = await harness.until(() =>
      harness.slack
        .callsTo('chat.update')
        .find((call) => String(call.params.text).includes('nothing I could read')),
    );
    expect(postedText(final)).toContain('Slack answered with a sign-in page');
    expect(postedText(final)).not.toMatch(/Error|at .*\.ts/);
  });
});
