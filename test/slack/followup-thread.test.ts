// Questions in a sheet's thread: a mention with nothing to read is answered from that sheet's kept sources,
// with the LLM (its citations checked, one that is in no source dropped) and without one; when the sources are
// forgotten the answer says so; a mention with new sources still makes a new sheet.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exampleResponder } from '../support/example-llm.ts';
import { chatCompletion, type Responder, schemaName } from '../support/fake-openai-server.ts';
import { BOT_USER, eventEnvelope, mentionEvent } from '../support/slack-events.ts';
import type { SlackCall } from '../support/slack-fake-api.ts';
import { articlePage, type Harness, postedText, startHarness } from '../support/slack-harness.ts';
import { sheetsPosted } from '../support/slack-sheet-actions.ts';

const IN_COURIER = 'Rescue crews worked through the night after a passenger ferry capsized on Lake Varna';
const IN_NO_SOURCE = 'The ferry was carrying 300 tourists from Norway';

/** Like the example model, and for a follow-up: one citation from the Courier (S1), one from nowhere. */
function followupResponder(): Responder {
  const examples = exampleResponder();
  return (request, index) => {
    if (schemaName(request) !== 'followup_answer') return examples(request, index);
    return {
      body: chatCompletion({
        sentences: [
          {
            text: 'The Northern Courier says crews worked through the night.',
            citations: [{ source: 'S1', quote: IN_COURIER }],
          },
          {
            text: 'Three hundred tourists were on board.',
            citations: [{ source: 'S2', quote: IN_NO_SOURCE }],
          },
        ],
      }),
    };
  };
}

async function sheetThread(harness: Harness): Promise<string> {
  for (const [name, example] of [
    ['courier', 'northern-courier'],
    ['wire', 'coastline-wire'],
    ['ledger', 'daily-ledger'],
  ] as const) {
    harness.slack.pages.set(name, articlePage(example));
  }
  const links = ['courier', 'wire', 'ledger'].map((name) => `<${harness.slack.pageUrl(name)}>`).join(' ');
  const event = mentionEvent({ text: `<@${BOT_USER}> ${links}` });
  await harness.send(eventEnvelope(event));
  await harness.until(() => sheetsPosted(harness)[0]);
  await harness.settle();
  harness.slack.calls.length = 0;
  return event.ts;
}

async function ask(harness: Harness, root: string, question: string): Promise<SlackCall> {
  await harness.send(eventEnvelope(mentionEvent({ text: `<@${BOT_USER}> ${question}`, thread_ts: root })));
  const answer = await harness.until(() =>
    harness.slack
      .callsTo('chat.update')
      .find((call) => call.params.ts !== undefined && !String(call.params.text).startsWith(':mag:')),
  );
  await harness.settle();
  const placeholder = harness.slack.callsTo('chat.postMessage')[0];
  expect(placeholder?.params).toMatchObject({ thread_ts: root, text: expect.stringContaining('Looking') });
  return answer;
}

describe('a question in a sheet’s thread, with an LLM', () => {
  let harness: Harness;
  let root: string;
  beforeAll(async () => {
    harness = await startHarness({ responder: followupResponder() });
    root = await sheetThread(harness);
  });
  afterAll(async () => harness.stop());
  afterEach(async () => {
    await harness.settle();
    harness.slack.calls.length = 0;
  });

  it('is answered from the sheet’s sources: checked citations kept, one in no source dropped', async () => {
    const answer = await ask(harness, root, 'who says crews worked through the night?');
    const shown = postedText(answer);
    expect(shown).toContain(`*S1* “${IN_COURIER}”`);
    expect(shown).not.toContain('300 tourists');
    expect(shown).not.toContain('Three hundred tourists');
    expect(shown).toContain('1 citation not found in the sources left out');
    // One structured call over the sheet and the kept texts; no new sheet.
    const request = harness.llm.requests.filter((r) => schemaName(r) === 'followup_answer').at(-1);
    const user = request?.body.messages.find((message) => message.role === 'user')?.content ?? '';
    expect(user).toContain('<source id="S1">');
    expect(user).toContain('who says crews worked through the night?');
    expect(sheetsPosted(harness)).toEqual([]);
  });

  it('says the sources are gone once they are no longer kept', async () => {
    const store = harness.app.slack.services.store;
    const answerBefore = await ask(harness, root, 'how many died?');
    expect(postedText(answerBefore)).not.toContain('no longer kept');
    // Forget the texts the way their TTL would.
    const { sheetInThread } = await import('../../src/slack/sheets/sheet-records.ts');
    const record = await sheetInThread(store, String(answerBefore.params.channel), root);
    for (const source of record?.sheet.sources ?? []) await store.set(`sources1:${source.textHash}`, null);
    harness.slack.calls.length = 0;
    const answer = await ask(harness, root, 'how many died?');
    expect(String(answer.params.text)).toContain('no longer kept');
  });

  it('with new sources in the mention makes a new sheet, as before', async () => {
    await harness.send(
      eventEnvelope(
        mentionEvent({ text: `<@${BOT_USER}> and <${harness.slack.pageUrl('wire')}>`, thread_ts: root }),
      ),
    );
    await harness.until(() => sheetsPosted(harness)[0]);
  });
});

describe('a question in a sheet’s thread, without an LLM', () => {
  let harness: Harness;
  let root: string;
  beforeAll(async () => {
    harness = await startHarness({ env: { OPENAI_BASE_URL: '', OPENAI_API_KEY: '' } });
    root = await sheetThread(harness);
  });
  afterAll(async () => harness.stop());

  it('is answered with the best-matching sentences of the sources, each with its source', async () => {
    const answer = await ask(harness, root, 'how many passengers were pulled from the water alive?');
    const shown = postedText(answer);
    expect(shown).toContain('No LLM');
    expect(shown).toMatch(/\*S\d\* “[^”]*alive[^”]*”/);
    expect(shown).toContain('offline');
    expect(harness.llm.requests).toEqual([]);
  });
});
