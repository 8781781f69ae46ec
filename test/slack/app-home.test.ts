// Issue 12, item 6: App Home lists the workspace's recent sheets and its settings; an admin changes them in a
// modal (signed block_actions and view_submission), and they change what copydesk does: the compare reaction,
// the channels it answers in, and the model (which reaches the LLM and so the cache keys).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELDS, OPEN_SETTINGS, SETTINGS_VIEW } from '../../src/slack/home/home-view.ts';
import { EXAMPLES } from '../support/fixtures.ts';
import {
  BOT_USER,
  CHANNEL,
  eventEnvelope,
  mentionEvent,
  nextTs,
  reactionEvent,
  TEAM,
  USER,
} from '../support/slack-events.ts';
import { articlePage, type Harness, postedText, startHarness } from '../support/slack-harness.ts';

const ADMIN = 'U0ADMIN';
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ streaming: true });
  for (const name of EXAMPLES) harness.slack.pages.set(name, articlePage(name));
  harness.slack.admins.add(ADMIN);
});
afterAll(async () => {
  await harness.stop();
});

const links = () => EXAMPLES.map((name) => `<${harness.slack.pageUrl(name)}>`).join(' ');

async function openHome(user: string) {
  const before = harness.slack.callsTo('views.publish').length;
  await harness.send(
    eventEnvelope({ type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home', event_ts: nextTs() }),
  );
  await harness.until(() => harness.slack.callsTo('views.publish').length > before);
  return harness.slack.homes.get(user) as { blocks: Record<string, unknown>[] };
}

const interactive = (payload: Record<string, unknown>) =>
  harness.send({ payload: JSON.stringify(payload) }, { form: true });

async function saveSettings(values: { emoji?: string; channels?: string[]; model?: string }) {
  await interactive({
    type: 'block_actions',
    team: { id: TEAM, domain: 'newsroom' },
    user: { id: ADMIN, team_id: TEAM },
    api_app_id: 'A0COPYDESK',
    trigger_id: '1.2.trigger',
    container: { type: 'view', view_id: 'VHOME' },
    actions: [{ type: 'button', action_id: OPEN_SETTINGS, block_id: 'b', action_ts: nextTs() }],
  });
  await harness.until(() => harness.slack.callsTo('views.open')[0]);
  const reply = await interactive({
    type: 'view_submission',
    team: { id: TEAM, domain: 'newsroom' },
    user: { id: ADMIN, team_id: TEAM },
    api_app_id: 'A0COPYDESK',
    view: {
      id: 'VMODAL',
      type: 'modal',
      callback_id: SETTINGS_VIEW,
      state: {
        values: {
          [FIELDS.emoji.block]: {
            [FIELDS.emoji.action]: { type: 'plain_text_input', value: values.emoji ?? null },
          },
          [FIELDS.channels.block]: {
            [FIELDS.channels.action]: {
              type: 'multi_conversations_select',
              selected_conversations: values.channels ?? [],
            },
          },
          [FIELDS.model.block]: {
            [FIELDS.model.action]: { type: 'plain_text_input', value: values.model ?? null },
          },
        },
      },
    },
  });
  return reply;
}

describe('App Home', () => {
  it('lists recent sheets with who asked, and shows the defaults to someone who is not an admin', async () => {
    await harness.send(eventEnvelope(mentionEvent({ text: `<@${BOT_USER}> ${links()}` })));
    await harness.until(() => [...harness.slack.streams.values()].find((stream) => stream.stopped), 15_000);
    await harness.settle();
    const home = await openHome(USER);
    const text = postedText({ method: 'views.publish', params: home, authorization: undefined });
    expect(text).toContain('Recent fact sheets');
    expect(text).toContain(`asked by <@${USER}>`);
    expect(text).toContain(`in <#${CHANNEL}>`);
    expect(text).toMatch(/\d+ disagreements?/);
    expect(text).toContain(':scales: (default)');
    expect(text).toContain('`gpt-4.1-mini` (default)');
    expect(text).toContain('Only workspace admins');
    expect(JSON.stringify(home)).not.toContain(OPEN_SETTINGS);
  });

  it('lets an admin change the reaction, the channels and the model, and they take effect', async () => {
    const home = await openHome(ADMIN);
    expect(JSON.stringify(home)).toContain(OPEN_SETTINGS);

    // A bad emoji name is refused in the modal, field by field.
    const refused = await saveSettings({ emoji: 'not an emoji' });
    expect(refused.json).toMatchObject({ response_action: 'errors' });

    harness.slack.calls.length = 0;
    expect((await saveSettings({ emoji: ':mag:', channels: [CHANNEL], model: 'gpt-4.1' })).status).toBe(200);
    const republished = await harness.until(() => harness.slack.callsTo('views.publish')[0]);
    const text = postedText({ ...republished, params: republished.params.view as Record<string, unknown> });
    expect(text).toContain(':mag:');
    expect(text).not.toContain(':mag: (default)');
    expect(text).toContain(`<#${CHANNEL}>`);
    expect(text).toContain('`gpt-4.1`');
    expect(text).toContain(`by <@${ADMIN}>`);

    // The old reaction no longer asks for a comparison; the new one does, with the workspace's model.
    const root = nextTs();
    harness.slack.messages.set(CHANNEL, [{ ts: root, user: USER, text: links() }]);
    harness.slack.calls.length = 0;
    await harness.send(eventEnvelope(reactionEvent({ ts: root, reaction: 'scales' })));
    await harness.settle();
    expect(harness.slack.callsTo('chat.startStream')).toHaveLength(0);
    const asked = harness.llm.requests.length;
    await harness.send(eventEnvelope(reactionEvent({ ts: root, reaction: 'mag' })));
    await harness.until(() => harness.slack.callsTo('chat.stopStream')[0], 15_000);
    await harness.settle();
    const models = harness.llm.requests.slice(asked).map((request) => request.body.model);
    expect(models.length).toBeGreaterThan(0);
    expect(new Set(models)).toEqual(new Set(['gpt-4.1']));

    // A mention in another channel is not answered there: only the asker is told where copydesk answers.
    harness.slack.calls.length = 0;
    await harness.send(
      eventEnvelope({ ...mentionEvent({ text: `<@${BOT_USER}> ${links()}` }), channel: 'C0OTHER' }),
    );
    const told = await harness.until(() => harness.slack.callsTo('chat.postEphemeral')[0]);
    expect(told.params).toMatchObject({ channel: 'C0OTHER', user: USER });
    expect(String(told.params.text)).toContain(`<#${CHANNEL}>`);
    await harness.settle();
    expect(harness.slack.callsTo('chat.startStream')).toHaveLength(0);
  });
});
