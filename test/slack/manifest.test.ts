// What the features need from manifest.yml. Validation against Slack's own schema needs a copy of that
// schema, which a user's clone does not have: `.ci/run` runs scripts/validate-manifest.ts when it is there.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SUGGESTED_PROMPTS } from '../../src/slack/agent/agent-replies.ts';
import { BOT_SCOPES } from '../../src/slack/oauth/bot-scopes.ts';
import { REDIRECT_PATH } from '../../src/slack/oauth/oauth-setup.ts';

const root = new URL('../../', import.meta.url);
const manifest = parse(readFileSync(new URL('manifest.yml', root), 'utf8')) as {
  features: {
    slash_commands: { command: string }[];
    bot_user: unknown;
    app_home: {
      home_tab_enabled: boolean;
      messages_tab_enabled: boolean;
      messages_tab_read_only_enabled: boolean;
    };
    agent_view: { agent_description: string; suggested_prompts: { title: string; message: string }[] };
  };
  oauth_config: { scopes: { bot: string[] }; redirect_urls: string[] };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
};

describe('manifest.yml', () => {
  it('declares the bot user, /factsheet, the events, the scopes and Socket Mode', () => {
    expect(manifest.features.bot_user).toBeDefined();
    expect(manifest.features.slash_commands.map((command) => command.command)).toEqual(['/factsheet']);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(['app_mention', 'reaction_added']),
    );
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining([
        'app_mentions:read',
        'chat:write',
        'commands',
        'reactions:read',
        'channels:history',
        'groups:history',
        'im:history',
        'mpim:history',
        'files:read',
      ]),
    );
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it('opens in the agent view and DMs with the same prompts the app sets, and has a Home tab (issue 12)', () => {
    expect(manifest.features.agent_view.agent_description.length).toBeLessThanOrEqual(300);
    expect(manifest.features.agent_view.suggested_prompts.length).toBeLessThanOrEqual(4);
    expect(manifest.features.agent_view.suggested_prompts).toEqual(SUGGESTED_PROMPTS);
    expect(manifest.features.app_home).toEqual({
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining([
        'app_home_opened',
        'assistant_thread_started',
        'assistant_thread_context_changed',
        'message.im',
      ]),
    );
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['assistant:write', 'im:history', 'users:read', 'chat:write']),
    );
    // The settings modal and its button are interactive.
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('can read a taken-over job’s answer back with its metadata in every kind of conversation (issue 10)', () => {
    // conversations.replies with include_all_metadata: a history scope per conversation type, nothing more.
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining([
        'channels:history',
        'groups:history',
        'im:history',
        'mpim:history',
        'chat:write',
      ]),
    );
  });

  it('asks an OAuth install for exactly its scopes, redirects to the OAuth path and hears uninstalls (issue 10)', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPES].sort());
    expect(manifest.oauth_config.redirect_urls).toHaveLength(1);
    for (const url of manifest.oauth_config.redirect_urls) {
      expect(new URL(url).protocol).toBe('https:');
      expect(new URL(url).pathname).toBe(REDIRECT_PATH);
    }
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(['app_uninstalled', 'tokens_revoked']),
    );
  });
});
