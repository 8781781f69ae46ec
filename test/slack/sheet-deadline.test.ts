// Issue 9: a model that never answers. A signed mention into the real Bolt receiver ends, within the sheet's
// deadline (4 s here, instead of 60 s × 3 tries), in the sheet of what was ready, naming what is missing
// and why. Nothing is timed: the old code would leave the placeholder for a minute, past the harness's wait.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleResponder } from '../support/example-llm.ts';
import { articleOf, schemaName } from '../support/fake-openai-server.ts';
import { BOT_USER, eventEnvelope, mentionEvent } from '../support/slack-events.ts';
import { articlePage, type Harness, isSheet, postedText, startHarness } from '../support/slack-harness.ts';

const answers = exampleResponder();
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({
    // The LLM settings a user has (60 s per try, two retries): the deadline must cut them down.
    env: { COPYDESK_SHEET_DEADLINE_MS: '4000', COPYDESK_LLM_MAX_RETRIES: '2' },
    // Answers the Courier; never answers the Ledger.
    responder: (request, index) =>
      schemaName(request) !== 'source_comparison' && /flipped over/.test(articleOf(request))
        ? new Promise(() => {})
        : answers(request, index),
  });
  harness.slack.pages.set('courier', articlePage('northern-courier'));
  harness.slack.pages.set('ledger', articlePage('daily-ledger'));
});
afterAll(async () => {
  await harness.stop();
});

describe('one deadline per sheet, in Slack', () => {
  it('a hung model: the sheet of what is ready, the missing source named with its reason', async () => {
    const { slack } = harness;
    const text = `<@${BOT_USER}> <${slack.pageUrl('courier')}> <${slack.pageUrl('ledger')}>`;
    const reply = await harness.send(eventEnvelope(mentionEvent({ text })));
    expect(reply.status).toBe(200);
    const sheet = await harness.until(() => slack.callsTo('chat.update').find(isSheet), 20_000);
    const shown = postedText(sheet);
    expect(shown).toContain('Not read in time');
    expect(shown).toContain('(4 s)');
    expect(shown).toMatch(/Ferry capsizes on Lake Varna/);
    // The placeholder was answered by the sheet: one placeholder, and it is not left waiting.
    expect(slack.callsTo('chat.postMessage').filter((call) => call.params.thread_ts)).not.toHaveLength(0);
  }, 30_000);
});
