// What the features need from manifest.yml. Validation against Slack's own schema needs a copy of that
// schema, which a user's clone does not have: `.ci/run` runs scripts/validate-manifest.ts when it is there.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);
const manifest = parse(readFileSync(new URL('manifest.yml', root), 'utf8')) as {
  features: { slash_commands: { command: string }[]; bot_user: unknown };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; socket_mode_enabled: boolean };
};

describe('manifest.yml', () => {
  it('declares the bot user, /factsheet, the events, the scopes and Socket Mode', () => {
    expect(manifest.features.bot_user).toBeDefined();
    expect(manifest.features.slash_commands.map((command) => command.command)).toEqual(['/factsheet']);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
      'app_mention',
      'reaction_added',
    ]);
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
});
