// Issue 10, "the user gets exactly one sheet": the last word of a job carries its answer tag in Slack's message
// metadata, and a takeover reads it back before writing. Here, with the real Web API client against the Slack
// double: what each kind of final write tags (an update, a split sheet and its continuations, a stream's stop),
// what the read-back concludes from it, and that a takeover completing a half-posted split sheet posts only the
// replies missing. (The processes killed in the window itself: answered-takeover*.test.ts, answered-restart.test.ts.)
import type { KnownBlock } from '@slack/types';
import { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.ts';
import { ANSWER_EVENT, PART_EVENT } from '../../src/slack/jobs/answer-tag.ts';
import { threadDestination } from '../../src/slack/jobs/destinations.ts';
import { landedAnswer } from '../../src/slack/jobs/landed-answer.ts';
import { resumedDestination } from '../../src/slack/jobs/resumed-answer.ts';
import { streamDestination } from '../../src/slack/jobs/stream-destination.ts';
import { openStore } from '../../src/store/store.ts';
import { BOT_TOKEN, type FakeSlack, type SlackCall, startFakeSlack } from '../support/slack-fake-api.ts';

const CHANNEL = 'C0DESK';
const THREAD = '1700000000.000100';
const JOB = 'event:Ev0READBACK';
const logger = silentLogger();

let slack: FakeSlack;
let client: WebClient;
beforeEach(async () => {
  slack = await startFakeSlack({ streaming: true });
  client = new WebClient(BOT_TOKEN, { slackApiUrl: slack.url, retryConfig: { retries: 0 } });
});
afterEach(async () => {
  await slack.close();
});

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
/** A sheet of `count` blocks (a header first, as a sheet has) and `details` details replies. */
function sheet(count: number, details = 0) {
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Fact sheet' } },
    ...Array.from({ length: count - 1 }, (_, index) => section(`fact ${index + 1}`)),
  ];
  const extra = Array.from({ length: details }, (_, index) => ({
    text: `Fact sheet details (${index + 1} of ${details})`,
    blocks: [section(`detail ${index + 1}`)],
  }));
  return { text: 'Fact sheet', blocks, details: extra };
}

/** A placeholder posted in the thread, as a job's listener posts it. */
async function placeholder(): Promise<string> {
  const posted = await client.chat.postMessage({ channel: CHANNEL, thread_ts: THREAD, text: 'Reading…' });
  return String(posted.ts);
}

const eventOf = (call: SlackCall) =>
  (call.params.metadata as { event_type?: string } | undefined)?.event_type;
const where = (ts: string) => ({ channel: CHANNEL, threadTs: THREAD, ts });

describe('the answer tag', () => {
  it('is on the final update, and the read-back finds the answer whole (one call, metadata asked for)', async () => {
    const ts = await placeholder();
    expect(await landedAnswer(client, where(ts), JOB)).toEqual({ state: 'absent' });
    const before = slack.callsTo('conversations.replies').length;

    const kept = { ...sheet(4), sheetId: 'S0KEPT' };
    await threadDestination(client, CHANNEL, THREAD, logger, ts, () => {}, JOB).deliver(kept);
    const update = slack.callsTo('chat.update').at(-1) as SlackCall;
    expect(update.params.metadata).toEqual({
      event_type: ANSWER_EVENT,
      event_payload: { job: JOB, parts: 0, sheet: 'S0KEPT' },
    });

    expect(await landedAnswer(client, where(ts), JOB)).toEqual({
      state: 'whole',
      tag: { job: JOB, parts: 0, sheet: 'S0KEPT' },
      where: where(ts),
    });
    const reads = slack.callsTo('conversations.replies').slice(before);
    expect(reads).toHaveLength(1);
    expect(reads[0]?.params).toMatchObject({ ts, include_all_metadata: 'true' });
    // Like Slack, the double shows metadata only to a read that asks for it.
    const plain = await client.conversations.replies({ channel: CHANNEL, ts });
    expect(plain.messages?.[0]?.metadata).toBeUndefined();
    // Another job's tag is not this job's answer.
    expect(await landedAnswer(client, where(ts), 'event:Ev0OTHER')).toEqual({ state: 'absent' });
  });

  it('is on a failure sentence too: a takeover does not replace the user’s answer with another', async () => {
    const ts = await placeholder();
    await threadDestination(client, CHANNEL, THREAD, logger, ts, () => {}, JOB).finish({
      text: 'I couldn’t read that page.',
      blocks: [section('I couldn’t read that page.')],
    });
    expect(await landedAnswer(client, where(ts), JOB)).toMatchObject({ state: 'whole' });
  });

  it('is on a stream’s stop, with the sheet under the plan', async () => {
    const store = openStore('memory');
    const destination = streamDestination(
      { client, logger, store, intervalMs: 10 },
      { channel: CHANNEL, threadTs: THREAD, team: 'T0NEWSROOM', user: 'U0READER', tag: JOB },
      { kind: 'placeholder', channel: CHANNEL, threadTs: THREAD, ts: null },
      { placed: () => {}, streaming: () => {} },
    );
    await destination.status({ text: 'Reading 1 source…', blocks: [] });
    await destination.deliver(sheet(4, 1));
    const stop = slack.callsTo('chat.stopStream').at(-1) as SlackCall;
    expect(stop.params.metadata).toEqual({ event_type: ANSWER_EVENT, event_payload: { job: JOB, parts: 1 } });
    const detail = slack.callsTo('chat.postMessage').at(-1) as SlackCall;
    expect(detail.params.metadata).toEqual({ event_type: PART_EVENT, event_payload: { job: JOB, part: 1 } });
    expect(await landedAnswer(client, where(String(stop.params.ts)), JOB)).toMatchObject({ state: 'whole' });
  });

  it('says unknown when the read fails (a missing scope): the caller writes rather than lose the sheet', async () => {
    const ts = await placeholder();
    slack.on('conversations.replies', () => ({ ok: false, error: 'missing_scope' }));
    expect(await landedAnswer(client, where(ts), JOB)).toEqual({ state: 'unknown', reason: 'missing_scope' });
  });
});

describe('a split sheet', () => {
  beforeEach(() => {
    // Like Slack with a message too long: the head must be short.
    slack.on('chat.update', (params) =>
      (params.blocks as unknown[]).length > 3
        ? { ok: false, error: 'msg_too_long' }
        : { ok: true, channel: params.channel, ts: params.ts },
    );
  });

  it('numbers its continuations and details; a takeover posts only those missing, never one twice', async () => {
    const ts = await placeholder();
    const message = sheet(8, 2);
    await threadDestination(client, CHANNEL, THREAD, logger, ts, () => {}, JOB).deliver(message);
    const head = slack.callsTo('chat.update').at(-1) as SlackCall;
    // Four blocks were refused, two taken: three continuations of two blocks, then the two details.
    expect(head.params.metadata).toEqual({
      event_type: ANSWER_EVENT,
      event_payload: { job: JOB, parts: 5, split: 2 },
    });
    const replies = slack.callsTo('chat.postMessage').filter((call) => eventOf(call) === PART_EVENT);
    expect(
      replies.map((call) => (call.params.metadata as { event_payload: { part: number } }).event_payload.part),
    ).toEqual([1, 2, 3, 4, 5]);
    expect(await landedAnswer(client, where(ts), JOB)).toMatchObject({ state: 'whole' });

    // The owner died after the second continuation: the third and the details never reached Slack.
    const kept = slack.kept.get(CHANNEL) as Map<string, unknown>;
    for (const [key, value] of kept) {
      const part = (value as { metadata?: { event_payload?: { part?: number } } }).metadata?.event_payload
        ?.part;
      if (part !== undefined && part > 2) kept.delete(key);
    }
    const landed = await landedAnswer(client, where(ts), JOB);
    expect(landed).toMatchObject({ state: 'partial', present: new Set([1, 2]) });
    if (landed.state !== 'partial') throw new Error('expected a partial answer');

    const posts = slack.callsTo('chat.postMessage').length;
    const updates = slack.callsTo('chat.update').length;
    const resumed = resumedDestination(client, landed, logger);
    await resumed.status({ text: 'Reading 1 source…', blocks: [] });
    await resumed.deliver(message);
    const reposted = slack.callsTo('chat.postMessage').slice(posts);
    expect(
      reposted.map(
        (call) => (call.params.metadata as { event_payload: { part: number } }).event_payload.part,
      ),
    ).toEqual([3, 4, 5]);
    expect(reposted[0]?.params.blocks).toEqual(message.blocks.slice(6, 8));
    expect(reposted.slice(1).map((call) => call.params.text)).toEqual(
      message.details.map((part) => part.text),
    );
    // The head, which shows the sheet, is not touched: no progress, no second write.
    expect(slack.callsTo('chat.update')).toHaveLength(updates);
    expect(await landedAnswer(client, where(ts), JOB)).toMatchObject({ state: 'whole' });
  });
});
