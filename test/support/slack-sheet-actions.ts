// Helpers for tests that act on a posted sheet: find it, its table and its feedback row, and click the row
// as Slack would (a signed block_actions form, answered through response_url).
import type { ActionsBlock, KnownBlock, StaticSelect } from '@slack/types';
import { FEEDBACK_ACTIONS, FEEDBACK_BLOCK_ID } from '../../src/render/blocks/feedback-actions.ts';
import { CHANNEL, TEAM, USER } from './slack-events.ts';
import type { SlackCall } from './slack-fake-api.ts';
import { type Harness, isSheet } from './slack-harness.ts';

/** Every sheet that landed: posted, or put in its placeholder's place. */
export function sheetsPosted(harness: Harness): SlackCall[] {
  return harness.slack.calls.filter(
    (call) => (call.method === 'chat.update' || call.method === 'chat.postMessage') && isSheet(call),
  );
}

export function blocksOf(call: SlackCall): KnownBlock[] {
  return (call.params.blocks ?? []) as KnownBlock[];
}

export function feedbackRow(call: SlackCall): ActionsBlock {
  const row = blocksOf(call).find((block) => block.block_id === FEEDBACK_BLOCK_ID);
  if (row?.type !== 'actions') throw new Error('no feedback row on the sheet');
  return row;
}

/** The options of the flag menu, group by group: [label, [text, value][]][] */
export function flagMenu(call: SlackCall): { label: string; options: { text: string; value: string }[] }[] {
  const select = feedbackRow(call).elements.find(
    (element) => element.type === 'static_select',
  ) as StaticSelect;
  const groups = select.option_groups ?? [{ label: { text: '' }, options: select.options ?? [] }];
  return groups.map((group) => ({
    label: group.label.text,
    options: group.options.map((option) => ({ text: option.text.text, value: option.value ?? '' })),
  }));
}

/** A click as Slack sends it: form-encoded `payload`, signed; the reply goes to response_url `responseId`. */
export function clickPayload(
  harness: Harness,
  action: Record<string, unknown>,
  messageTs: string,
  responseId: string,
): Record<string, unknown> {
  return {
    payload: JSON.stringify({
      type: 'block_actions',
      team: { id: TEAM, domain: 'newsroom' },
      user: { id: USER, username: 'editor', team_id: TEAM },
      api_app_id: 'A0COPYDESK',
      token: 'unused-verification-token',
      trigger_id: '123.456.abc',
      container: { type: 'message', message_ts: messageTs, channel_id: CHANNEL, is_ephemeral: false },
      channel: { id: CHANNEL, name: 'desk' },
      message: { type: 'message', ts: messageTs, text: 'Fact sheet' },
      response_url: harness.slack.responseUrl(responseId),
      actions: [{ block_id: FEEDBACK_BLOCK_ID, action_ts: `${Date.now() / 1000}`, ...action }],
    }),
  };
}

export function buttonClick(call: SlackCall, which: 'helpful' | 'notHelpful'): Record<string, unknown> {
  const button = feedbackRow(call).elements.find(
    (element) => element.type === 'button' && element.action_id === FEEDBACK_ACTIONS[which],
  );
  if (button?.type !== 'button') throw new Error(`no ${which} button`);
  return { type: 'button', action_id: button.action_id, value: button.value, text: button.text };
}

export function menuChoice(option: { text: string; value: string }): Record<string, unknown> {
  return {
    type: 'static_select',
    action_id: FEEDBACK_ACTIONS.flag,
    selected_option: { text: { type: 'plain_text', text: option.text }, value: option.value },
  };
}
