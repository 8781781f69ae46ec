// Issue 10, "the user gets exactly one sheet", on Redis: a worker SIGKILLed right after Slack received its final
// chat.update (the sheet is in the placeholder) and before it marked the job answered. BullMQ's stalled-job check
// gives the job to another instance, which reads the placeholder back, finds its own sheet there by the answer tag,
// and only marks the job answered (and places the sheet for questions in its thread): one sheet write, nothing
// written over it. The same for /factsheet, whose sheet
// is posted to the channel (found there by its tag). And a job's first run never reads its answer back. (The stream: answered-stream-takeover.test.ts; the SQLite journal: answered-restart.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_EVENT } from '../../src/slack/jobs/answer-tag.ts';
import { type BotCluster, startBotCluster } from '../support/bot-cluster.ts';
import { until } from '../support/bot-process.ts';
import { exampleText } from '../support/fixtures.ts';
import { redisAvailable } from '../support/redis-server.ts';
import {
  BOT_USER,
  CHANNEL,
  commandForm,
  eventEnvelope,
  mentionEvent,
  nextTs,
  slackEscape,
} from '../support/slack-events.ts';
import type { SlackCall } from '../support/slack-fake-api.ts';
import { articlePage, isSheet } from '../support/slack-harness.ts';
import { postSigned } from '../support/slack-signed-request.ts';
import { takeOverAfterKill } from '../support/takeover-after-kill.ts';

const ASK_AGAIN = /had to restart|ask again|interrupted/i;
const ALREADY_ANSWERED = 'a taken-over job was already answered';
const mention = () =>
  mentionEvent({ text: `<@${BOT_USER}> ${slackEscape(exampleText('northern-courier'))}` });
const isSheetUpdate = (call: SlackCall) => call.method === 'chat.update' && isSheet(call);

describe.skipIf(!redisAvailable)('a sheet that landed just before its worker died', () => {
  let cluster: BotCluster;

  beforeAll(async () => {
    cluster = await startBotCluster();
    cluster.hold(false);
  });
  afterAll(async () => {
    await cluster?.close();
  });

  it('is not written again by the instance that takes the job over', async () => {
    const { slack } = cluster;
    const event = mention();
    const {
      killedOn: sheet,
      second,
      later,
    } = await takeOverAfterKill(cluster, {
      db: 0,
      killOn: isSheetUpdate,
      send: async (bot) => {
        expect((await postSigned(bot.port, eventEnvelope(event))).status).toBe(200);
      },
    });
    const ts = String(sheet.params.ts);
    // The sheet landed tagged with its job: that is what the takeover found.
    expect(sheet.params.metadata).toMatchObject({ event_type: ANSWER_EVENT });
    expect(later.filter((call) => call.params.ts === ts && call.method.startsWith('chat.'))).toEqual([]);
    expect(slack.calls.filter(isSheetUpdate)).toHaveLength(1);
    // One read, of the placeholder itself, with its metadata.
    const reads = later.filter((call) => call.method === 'conversations.replies');
    expect(reads.map((call) => [call.params.ts, call.params.include_all_metadata])).toEqual([[ts, 'true']]);
    expect(slack.calls.some((call) => ASK_AGAIN.test(String(call.params.text)))).toBe(false);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(second.output()).toContain(ALREADY_ANSWERED);

    // The owner died before placing its sheet; the takeover placed it: a question in the thread is answered from it.
    const question = mentionEvent({
      text: `<@${BOT_USER}> How long did the crews work?`,
      thread_ts: event.ts,
    });
    expect((await postSigned(second.port, eventEnvelope(question))).status).toBe(200);
    await until(
      () => slack.calls.some((call) => /worked through the night/.test(JSON.stringify(call.params))),
      'the question to be answered from the sheet',
    );
    await cluster.stopBots();
  }, 90_000);

  it('posted to the channel by /factsheet, is not posted again by the instance that takes the job over', async () => {
    const { slack } = cluster;
    slack.pages.set('northern-courier', articlePage('northern-courier'));
    const before = slack.calls.length;
    const isChannelSheet = (call: SlackCall) => call.method === 'chat.postMessage' && isSheet(call);
    const form = {
      ...commandForm(`<${slack.pageUrl('northern-courier')}>`, slack.responseUrl('once')),
      trigger_id: `${nextTs()}.trigger`,
    };
    const {
      killedOn: sheet,
      second,
      later,
    } = await takeOverAfterKill(cluster, {
      db: 2,
      killOn: isChannelSheet,
      send: async (bot) => {
        expect((await postSigned(bot.port, form, { form: true })).status).toBe(200);
      },
    });
    expect(sheet.params.metadata).toMatchObject({ event_type: ANSWER_EVENT });
    expect(later.filter((call) => call.method.startsWith('chat.'))).toEqual([]);
    const reads = later.filter((call) => call.method === 'conversations.history');
    expect(reads.map((call) => [call.params.channel, call.params.include_all_metadata])).toEqual([
      [CHANNEL, 'true'],
    ]);
    expect(slack.calls.slice(before).filter(isChannelSheet)).toHaveLength(1);
    const told = slack.responses
      .filter((response) => response.id === 'once')
      .map((r) => JSON.stringify(r.body));
    expect(told.some((body) => ASK_AGAIN.test(body))).toBe(false);
    expect(second.output()).toContain(ALREADY_ANSWERED);
    await cluster.stopBots();
  }, 90_000);

  it('on its first run, reads nothing back', async () => {
    const { slack } = cluster;
    const before = slack.calls.length;
    const bot = await cluster.startBot({ db: 1 });
    expect((await postSigned(bot.port, eventEnvelope(mention()))).status).toBe(200);
    await until(() => slack.calls.slice(before).some(isSheetUpdate), 'the sheet');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(slack.calls.slice(before).filter((call) => call.method === 'conversations.replies')).toEqual([]);
    await cluster.stopBots();
  }, 60_000);
});
