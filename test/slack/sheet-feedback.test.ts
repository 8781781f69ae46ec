// The compact sheet in Slack (its grid a native table), its feedback row clicked as signed block_actions and
// exported as eval cases, and a workspace whose Slack refuses the table.
import type { TableBlock } from '@slack/types';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exportEvalCases } from '../../src/feedback/eval-cases.ts';
import { tableTexts } from '../../src/render/blocks/grid-table.ts';
import { BOT_USER, eventEnvelope, mentionEvent, TEAM } from '../support/slack-events.ts';
import { articlePage, type Harness, startHarness } from '../support/slack-harness.ts';
import {
  blocksOf,
  buttonClick,
  clickPayload,
  flagMenu,
  menuChoice,
  sheetsPosted,
} from '../support/slack-sheet-actions.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  harness.slack.pages.set('courier', articlePage('northern-courier'));
  harness.slack.pages.set('wire', articlePage('coastline-wire'));
  harness.slack.pages.set('ledger', articlePage('daily-ledger'));
});
afterAll(async () => {
  await harness.stop();
});
afterEach(async () => {
  await harness.settle();
  harness.slack.calls.length = 0;
});

function threeLinks(): string {
  const links = ['courier', 'wire', 'ledger'].map((name) => `<${harness.slack.pageUrl(name)}>`);
  return `<@${BOT_USER}> compare ${links.join(' ')}`;
}

async function exported(): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  await exportEvalCases(harness.app.slack.services.store, (line) => void lines.push(line));
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('a sheet comparing three links', () => {
  it('has its grid as a table, a feedback row, and stores each click with the sheet’s inputs', async () => {
    await harness.send(eventEnvelope(mentionEvent({ text: threeLinks() })));
    const sheet = await harness.until(() => sheetsPosted(harness)[0]);
    await harness.settle();

    const table = blocksOf(sheet).find((block) => block.type === 'table') as TableBlock | undefined;
    expect(table).toBeDefined();
    const rows = tableTexts(table as TableBlock);
    expect(rows[0]?.[0]).toBe('Disagreement');
    expect(rows[0]?.slice(1).map((cell) => cell.slice(0, 2))).toEqual(['S1', 'S2', 'S3']);
    expect(rows.length).toBeGreaterThan(1);
    // The long detail is in the thread, not the channel.
    const details = harness.slack
      .callsTo('chat.postMessage')
      .filter((call) => String(call.params.text).startsWith('Fact sheet details'));
    expect(details.length).toBeGreaterThan(0);
    expect(
      details.every((call) => call.params.thread_ts === sheet.params.thread_ts || call.params.thread_ts),
    ).toBe(true);

    const menu = flagMenu(sheet);
    expect(menu.map((group) => group.label)).toEqual(['This flag is wrong', 'This flag missed something']);
    const wrong = menu[0]?.options[0];
    expect(wrong).toBeDefined();
    const ts = String(sheet.params.ts);

    const before = (await exported()).length;
    const clicks = [
      clickPayload(harness, buttonClick(sheet, 'helpful'), ts, 'fb1'),
      clickPayload(harness, menuChoice(wrong as { text: string; value: string }), ts, 'fb2'),
    ];
    for (const click of clicks) expect((await harness.send(click, { form: true })).status).toBe(200);
    const replies = await harness.until(() => {
      const got = harness.slack.responses.filter((response) => response.id.startsWith('fb'));
      return got.length === 2 ? got : undefined;
    });
    for (const reply of replies) {
      expect(reply.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    }
    expect(String(replies.find((reply) => reply.id === 'fb1')?.body.text)).toContain('helped');
    expect(String(replies.find((reply) => reply.id === 'fb2')?.body.text)).toContain('is wrong');

    const cases = (await exported()).slice(before);
    expect(cases).toHaveLength(2);
    expect(cases[0]).toMatchObject({
      kind: 'helpful',
      target: 'sheet',
      team: TEAM,
      engine: 'llm',
      flag: null,
    });
    expect(cases[1]).toMatchObject({
      kind: 'flag_wrong',
      target: 'flag',
      expectation: 'flag_should_not_be_raised',
      flag: { topic: expect.any(String) },
    });
    const sources = cases[1]?.sources as { id: string; textHash: string; url: string }[];
    expect(sources.map((source) => source.id)).toEqual(['S1', 'S2', 'S3']);
    expect(sources.every((source) => /^[0-9a-f]{32}$/.test(source.textHash))).toBe(true);
    // The flag the case names is the one the menu named.
    const flag = cases[1]?.flag as { topic: string };
    expect(flag.topic.slice(0, 20)).toBe(wrong?.text.slice(0, 20));
  });

  it('a click on a sheet copydesk no longer keeps says so and stores nothing', async () => {
    const before = (await exported()).length;
    const stale = { type: 'button', action_id: 'copydesk_feedback_helpful', value: 'no-such-sheet' };
    await harness.send(clickPayload(harness, stale, '1800000000.000001', 'stale'), { form: true });
    const reply = await harness.until(() =>
      harness.slack.responses.find((response) => response.id === 'stale'),
    );
    expect(String(reply.body.text)).toContain('no longer has what it was made from');
    expect(await exported()).toHaveLength(before);
  });
});

describe('a workspace whose Slack refuses the table block', () => {
  it('gets the same sheet without the table at once, and every later sheet without trying', async () => {
    harness.slack.refusedBlockTypes.add('table');
    try {
      await harness.send(eventEnvelope(mentionEvent({ text: threeLinks() })));
      await harness.until(() => sheetsPosted(harness)[0]);
      await harness.settle();
      const refused = harness.slack.calls.filter((call) =>
        blocksOf(call).some((block) => block.type === 'table'),
      );
      expect(refused).toHaveLength(1);
      // The refused call was the table form; the sheet that landed is the other.
      const sheets = sheetsPosted(harness).filter((call) => !refused.includes(call));
      expect(sheets).toHaveLength(1);
      const shown = blocksOf(sheets[0] as never);
      expect(shown.some((block) => block.type === 'table')).toBe(false);
      expect(JSON.stringify(shown)).toContain('Where sources disagree');
      expect(flagMenu(sheets[0] as never)[0]?.options.length).toBeGreaterThan(0);
      // No notice of failure: the user sees the sheet.
      expect(JSON.stringify(harness.slack.calls)).not.toContain("couldn't finish");

      harness.slack.calls.length = 0;
      await harness.send(eventEnvelope(mentionEvent({ text: threeLinks() })));
      await harness.until(() => sheetsPosted(harness)[0]);
      await harness.settle();
      expect(harness.slack.calls.some((call) => blocksOf(call).some((block) => block.type === 'table'))).toBe(
        false,
      );
      expect(sheetsPosted(harness)).toHaveLength(1);
    } finally {
      harness.slack.refusedBlockTypes.clear();
    }
  });
});
