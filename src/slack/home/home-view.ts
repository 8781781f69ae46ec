// App Home: how to ask, the workspace's recent sheets, and its settings (with the button that changes them, for
// admins). Pure Block Kit; titles and labels come from articles and are escaped.
import type { HomeView, KnownBlock, ModalView } from '@slack/types';
import { context, divider, header, section } from '../../render/blocks/block-kit.ts';
import { escapeMrkdwn, safeLine } from '../../render/blocks/escape.ts';
import type { RecentSheet } from '../workspace/recent-sheets.ts';
import type { WorkspaceSettings } from '../workspace/workspace-settings.ts';

export const OPEN_SETTINGS = 'copydesk_settings_open';
export const SETTINGS_VIEW = 'copydesk_settings';
export const FIELDS = {
  emoji: { block: 'compare_emoji', action: 'value' },
  channels: { block: 'channels', action: 'value' },
  model: { block: 'model', action: 'value' },
} as const;

export function homeView(settings: WorkspaceSettings, recent: RecentSheet[], isAdmin: boolean): HomeView {
  const emoji = `:${escapeMrkdwn(settings.compareEmoji)}:`;
  const blocks: KnownBlock[] = [
    header('copydesk'),
    section(
      'Fact sheets for a story: a summary, the key facts, every quote checked against its source, and where the sources disagree.\n' +
        `Mention @copydesk with links or a pasted article, use \`/factsheet URL…\`, react with ${emoji} on a thread, or send me a message.`,
    ),
    divider(),
    header('Recent fact sheets'),
    ...(recent.length === 0
      ? [context(['No fact sheets yet in this workspace.'])]
      : recent.flatMap((sheet) => recentBlocks(sheet))),
    divider(),
    header('Settings'),
    section('', [
      `*Compare reaction*\n${emoji}${settings.overridden.compareEmoji ? '' : ' (default)'}`,
      `*Answers in*\n${settings.channels.length === 0 ? 'every channel it is in' : settings.channels.map((id) => `<#${id}>`).join(', ')}`,
      `*Model*\n${settings.model === null ? 'offline engine (no LLM configured)' : `\`${escapeMrkdwn(settings.model)}\`${settings.overridden.model ? '' : ' (default)'}`}`,
      `*Changed*\n${settings.updatedAt ? `${when(settings.updatedAt)}${settings.updatedBy ? ` by <@${settings.updatedBy}>` : ''}` : 'never: the defaults apply'}`,
    ]),
    isAdmin
      ? {
          type: 'actions',
          elements: [
            {
              type: 'button',
              action_id: OPEN_SETTINGS,
              text: { type: 'plain_text', text: 'Change settings' },
            },
          ],
        }
      : context(['Only workspace admins and owners can change these.']),
  ];
  return { type: 'home', blocks: blocks.filter((block) => !isEmptySection(block)) };
}

function recentBlocks(sheet: RecentSheet): KnownBlock[] {
  const sources = sheet.sources.map((label) => safeLine(label, 60)).join(' · ');
  const flags =
    sheet.sources.length > 1
      ? ` — ${sheet.disagreements === 1 ? '1 disagreement' : `${sheet.disagreements} disagreements`}`
      : '';
  const failed = sheet.failed > 0 ? ` (${sheet.failed} could not be read)` : '';
  const asked = [
    when(sheet.at),
    sheet.user ? `asked by <@${sheet.user}>` : null,
    sheet.channel && /^[CG]/.test(sheet.channel) ? `in <#${sheet.channel}>` : null,
  ].filter(Boolean);
  return [
    section(`*${safeLine(sheet.title, 150)}*\n${sources}${failed}${flags}`),
    context([asked.join(' · ')]),
  ];
}

/** Slack shows the date in each reader's own time zone; the ISO text is the fallback. */
function when(iso: string): string {
  const seconds = Math.floor(Date.parse(iso) / 1000);
  return Number.isFinite(seconds)
    ? `<!date^${seconds}^{date_short_pretty} at {time}|${iso}>`
    : escapeMrkdwn(iso);
}

function isEmptySection(block: KnownBlock): boolean {
  return block.type === 'section' && block.text?.text === '' && !block.fields;
}

/** The settings modal: each field starts at the workspace's value; an empty field goes back to the default. */
export function settingsModal(
  settings: WorkspaceSettings,
  defaults: { compareEmoji: string; model: string | null },
): ModalView {
  return {
    type: 'modal',
    callback_id: SETTINGS_VIEW,
    title: { type: 'plain_text', text: 'copydesk settings' },
    submit: { type: 'plain_text', text: 'Save' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'input',
        block_id: FIELDS.emoji.block,
        optional: true,
        label: { type: 'plain_text', text: 'Compare reaction' },
        hint: { type: 'plain_text', text: `Emoji name without colons. Empty: ${defaults.compareEmoji}.` },
        element: {
          type: 'plain_text_input',
          action_id: FIELDS.emoji.action,
          max_length: 100,
          ...(settings.overridden.compareEmoji ? { initial_value: settings.compareEmoji } : {}),
        },
      },
      {
        type: 'input',
        block_id: FIELDS.channels.block,
        optional: true,
        label: { type: 'plain_text', text: 'Channels copydesk answers in' },
        hint: {
          type: 'plain_text',
          text: 'None chosen: every channel copydesk is in. DMs are always answered.',
        },
        element: {
          type: 'multi_conversations_select',
          action_id: FIELDS.channels.action,
          filter: { include: ['public', 'private'], exclude_bot_users: true },
          ...(settings.channels.length > 0 ? { initial_conversations: settings.channels } : {}),
        },
      },
      ...(defaults.model === null
        ? []
        : [
            {
              type: 'input' as const,
              block_id: FIELDS.model.block,
              optional: true,
              label: { type: 'plain_text' as const, text: 'Model' },
              hint: {
                type: 'plain_text' as const,
                text: `Model or deployment name on the configured server. Empty: ${defaults.model}.`,
              },
              element: {
                type: 'plain_text_input' as const,
                action_id: FIELDS.model.action,
                max_length: 100,
                ...(settings.overridden.model && settings.model ? { initial_value: settings.model } : {}),
              },
            },
          ]),
    ],
  };
}
