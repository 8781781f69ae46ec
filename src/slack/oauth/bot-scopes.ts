// The bot scopes copydesk asks for when a workspace installs it: the same list as manifest.yml's
// oauth_config.scopes.bot (test/slack/manifest.test.ts keeps them equal).
export const BOT_SCOPES = [
  'app_mentions:read',
  'chat:write',
  'commands',
  'reactions:read',
  'channels:history',
  'groups:history',
  'im:history',
  'mpim:history',
  'files:read',
  'users:read',
  'assistant:write',
] as const;
