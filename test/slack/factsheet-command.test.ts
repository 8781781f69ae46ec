import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL, commandForm } from '../support/slack-events.ts';
import {
  articlePage,
  DEAD_LINK,
  type Harness,
  isSheet,
  postedText,
  startHarness,
} from '../support/slack-harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  harness.slack.pages.set('ferry', articlePage('northern-courier'));
});
afterAll(async () => {
  await harness.stop();
});
afterEach(async () => {
  await harness.settle();
  harness.slack.calls.length = 0;
  harness.slack.responses.length = 0;
});

describe('/factsheet', () => {
  it('acks within 3 s with an ephemeral "Reading…", then posts the sheet to the channel', async () => {
    const url = harness.slack.pageUrl('ferry');
    const started = Date.now();
    const reply = await harness.send(commandForm(`<${url}>`, harness.slack.responseUrl('a')), { form: true });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({
      response_type: 'ephemeral',
      text: ':hourglass_flowing_sand: Reading 1 source…',
    });

    const sheet = await harness.until(() => harness.slack.callsTo('chat.postMessage').find(isSheet));
    expect(sheet.params.channel).toBe(CHANNEL);
    expect(sheet.params.thread_ts).toBeUndefined();
    expect(sheet.params.unfurl_links).toBe('false');
    const text = postedText(sheet);
    expect(text).toContain('Requested by <@U0EDITOR> with /factsheet');
    expect(text).toContain(`<${url}|Ferry capsizes on Lake Varna, at least 12 dead>`);
    expect(text).toContain('*Summary*');
    expect(harness.slack.responses).toEqual([]);
  });

  it('answers usage help, privately, when given nothing', async () => {
    const reply = await harness.send(commandForm('', harness.slack.responseUrl('b')), { form: true });
    expect(reply.status).toBe(200);
    const body = reply.json as { response_type: string; text: string };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toContain('*Usage:* `/factsheet URL [URL…]`');
    await harness.settle();
    expect(harness.slack.callsTo('chat.postMessage')).toEqual([]);
  });

  it('answers usage help for words that are not links', async () => {
    const reply = await harness.send(
      commandForm('summarise the ferry story', harness.slack.responseUrl('c')),
      {
        form: true,
      },
    );
    expect((reply.json as { text: string }).text).toContain('*Usage:*');
  });

  it('answers through response_url with a hint when copydesk is not in the channel', async () => {
    harness.slack.on('chat.postMessage', (params) =>
      params.channel === 'C0ELSEWHERE' ? { ok: false, error: 'not_in_channel' } : { ok: true, ts: '1.2' },
    );
    const url = `${harness.slack.pageUrl('ferry')} ${DEAD_LINK}`;
    const reply = await harness.send(commandForm(url, harness.slack.responseUrl('d'), 'C0ELSEWHERE'), {
      form: true,
    });
    expect((reply.json as { text: string }).text).toBe(':hourglass_flowing_sand: Reading 2 sources…');
    const answer = await harness.until(() => harness.slack.responses.find((response) => response.id === 'd'));
    expect(answer.body.response_type).toBe('ephemeral');
    const blocks = JSON.stringify(answer.body.blocks);
    expect(blocks).toContain('Fact sheet');
    expect(blocks).toContain('Could not read 1 source');
    expect(blocks).toContain('/invite @copydesk');
  });
});
