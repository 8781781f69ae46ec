// App Home: published when a user opens it (app_home_opened → views.publish), and again after an admin saves
// the settings modal. Only workspace admins and owners may open or submit the modal (users.info, users:read).
import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { FIELDS, homeView, OPEN_SETTINGS, SETTINGS_VIEW, settingsModal } from '../home/home-view.ts';
import type { SlackServices } from '../services.ts';
import { recentSheets } from '../workspace/recent-sheets.ts';
import {
  checkSettings,
  type SettingsChange,
  saveSettings,
  workspaceSettings,
} from '../workspace/workspace-settings.ts';

export function registerAppHome(app: App, services: SlackServices): void {
  app.event('app_home_opened', async ({ event, body, context, client }) => {
    if (event.tab !== 'home') return;
    await publishHome(services, client, context.teamId ?? body.team_id ?? 'unknown', event.user);
  });

  app.action(OPEN_SETTINGS, async ({ ack, body, context, client }) => {
    await ack();
    const team = context.teamId ?? body.team?.id ?? 'unknown';
    if (!(await isAdmin(client, body.user.id, services))) return;
    const triggerId = 'trigger_id' in body ? body.trigger_id : undefined;
    if (!triggerId) return;
    const settings = await workspaceSettings(services, team);
    await client.views.open({
      trigger_id: triggerId,
      view: settingsModal(settings, { compareEmoji: services.compareEmoji, model: services.defaultModel }),
    });
  });

  app.view(SETTINGS_VIEW, async ({ ack, body, view, context, client }) => {
    const team = context.teamId ?? body.team?.id ?? 'unknown';
    if (!(await isAdmin(client, body.user.id, services))) {
      await ack({
        response_action: 'errors',
        errors: { [FIELDS.emoji.block]: 'Only workspace admins can change settings.' },
      });
      return;
    }
    const values = view.state.values;
    const change: SettingsChange = {
      compareEmoji: (values[FIELDS.emoji.block]?.[FIELDS.emoji.action]?.value ?? '')
        .trim()
        .replace(/^:|:$/g, ''),
      channels: values[FIELDS.channels.block]?.[FIELDS.channels.action]?.selected_conversations ?? [],
      ...(values[FIELDS.model.block]
        ? { model: (values[FIELDS.model.block]?.[FIELDS.model.action]?.value ?? '').trim() }
        : {}),
    };
    const problems = checkSettings(change);
    if (Object.keys(problems).length > 0) {
      const byBlock = {
        compareEmoji: FIELDS.emoji.block,
        channels: FIELDS.channels.block,
        model: FIELDS.model.block,
      };
      await ack({
        response_action: 'errors',
        errors: Object.fromEntries(
          Object.entries(problems).map(([field, text]) => [byBlock[field as keyof typeof byBlock], text]),
        ),
      });
      return;
    }
    await ack();
    await saveSettings(services.store, team, change, body.user.id);
    services.logger.info({ team, user: body.user.id }, 'workspace settings changed');
    await publishHome(services, client, team, body.user.id);
  });
}

async function publishHome(services: SlackServices, client: WebClient, team: string, user: string) {
  const [settings, recent, admin] = await Promise.all([
    workspaceSettings(services, team),
    recentSheets(services.store, team),
    isAdmin(client, user, services),
  ]);
  await client.views.publish({ user_id: user, view: homeView(settings, recent, admin) });
}

/** Admins and owners change settings; anyone else sees them. Unknown (no users:read) is not an admin. */
async function isAdmin(client: WebClient, user: string, services: SlackServices): Promise<boolean> {
  try {
    const info = await client.users.info({ user });
    return info.user?.is_admin === true || info.user?.is_owner === true;
  } catch (error) {
    services.logger.warn({ err: error, user }, 'could not tell whether the user is an admin');
    return false;
  }
}
