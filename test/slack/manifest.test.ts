// manifest.yml must be accepted by Slack: validated against Slack's own JSON schema (shared/data).
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(
  readFileSync(new URL('../shared/data/slack-manifest-schema/manifest.schema.1.0.0.json', root), 'utf8'),
) as Record<string, unknown>;
const manifest = parse(readFileSync(new URL('manifest.yml', root), 'utf8')) as {
  features: { slash_commands: { command: string }[]; bot_user: unknown };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; socket_mode_enabled: boolean };
};

function validator() {
  // Slack's schema uses a non-standard "regex" keyword: honour it rather than ignore it.
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addKeyword({
    keyword: 'regex',
    type: 'string',
    schemaType: 'string',
    validate: (pattern: string, data: string) => new RegExp(pattern).test(data),
  });
  return ajv.compile(schema);
}

describe('manifest.yml', () => {
  it('is valid against Slack’s manifest schema', () => {
    const validate = validator();
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

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

  it('is caught by the schema when broken', () => {
    const validate = validator();
    expect(validate({ ...manifest, display_information: { name: '' } })).toBe(false);
  });
});
