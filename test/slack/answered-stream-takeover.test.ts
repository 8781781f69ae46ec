// Issue 10, "the user gets exactly one sheet", for a streamed answer on Redis: the worker SIGKILLed right after
// Slack received the chat.stopStream that ends the stream with the sheet. The stop carried the answer tag; the
// instance that takes the job over reads the stream's message back, finds it, and neither appends to the stopped
// stream nor posts the sheet as a reply (what a stopped stream's refusal used to lead to): one sheet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_EVENT } from '../../src/slack/jobs/answer-tag.ts';
import { type BotCluster, startBotCluster } from '../support/bot-cluster.ts';
import { exampleText } from '../support/fixtures.ts';
import { redisAvailable } from '../support/redis-server.ts';
import { BOT_USER, eventEnvelope, mentionEvent, slackEscape } from '../support/slack-events.ts';
import type { SlackCall } from '../support/slack-fake-api.ts';
import { isSheet } from '../support/slack-harness.ts';
import { postSigned } from '../support/slack-signed-request.ts';
import { takeOverAfterKill } from '../support/takeover-after-kill.ts';

const isSheetStop = (call: SlackCall) => call.method === 'chat.stopStream' && isSheet(call);

describe.skipIf(!redisAvailable)('a streamed sheet that landed just before its worker died', () => {
  let cluster: BotCluster;

  beforeAll(async () => {
    cluster = await startBotCluster({ streaming: true });
    cluster.hold(false);
  });
  afterAll(async () => {
    await cluster?.close();
  });

  it('is not streamed or posted again by the instance that takes the job over', async () => {
    const { slack } = cluster;
    const event = mentionEvent({ text: `<@${BOT_USER}> ${slackEscape(exampleText('coastline-wire'))}` });
    const {
      killedOn: stop,
      second,
      later,
    } = await takeOverAfterKill(cluster, {
      db: 0,
      killOn: isSheetStop,
      send: async (bot) => {
        expect((await postSigned(bot.port, eventEnvelope(event))).status).toBe(200);
      },
    });
    expect(stop.params.metadata).toMatchObject({ event_type: ANSWER_EVENT });
    // Nothing written by the takeover: no append, no stop, no reply, no second stream.
    expect(later.filter((call) => call.method.startsWith('chat.')).map((call) => call.method)).toEqual([]);
    expect(slack.calls.filter(isSheetStop)).toHaveLength(1);
    expect(slack.callsTo('chat.startStream')).toHaveLength(1);
    expect(slack.callsTo('chat.postMessage')).toEqual([]);
    expect(slack.streams.get(String(stop.params.ts))?.stopped).toBe(true);
    expect(second.output()).toContain('a taken-over job was already answered');
    await cluster.stopBots();
  }, 90_000);
});
