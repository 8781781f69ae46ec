// Socket Mode's first call (apps.connections.open with the app-level token), made once before anything starts.
// Left to Bolt, a bad SLACK_APP_TOKEN or an unreachable Slack ended the start in Bolt's log lines, a stack and
// "Something went wrong on our side"; here either is one sentence naming what to check, and the exit is 1.
import { CopydeskError } from '../errors.ts';
import { slackErrorCode, slackHost, startupClient } from './startup-client.ts';

const REFUSED = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
  'missing_scope',
]);

export async function checkAppToken(options: {
  appToken: string;
  slackApiUrl?: string | undefined;
}): Promise<void> {
  const client = startupClient(undefined, options.slackApiUrl);
  const where = slackHost(options.slackApiUrl);
  try {
    // The URL it returns is single-use and expires unused; Bolt asks for its own.
    await client.apps.connections.open({ token: options.appToken });
  } catch (error) {
    const code = slackErrorCode(error);
    if (code && REFUSED.has(code)) {
      throw new CopydeskError(
        'config',
        `Slack refused SLACK_APP_TOKEN (${code}): check the app-level token (xapp-…, with the connections:write scope).`,
        { cause: error },
      );
    }
    throw new CopydeskError(
      'config',
      `Could not open a Socket Mode connection with Slack (${where}: ${code ?? 'no answer'}). Check the network, or unset SLACK_APP_TOKEN to run in HTTP mode.`,
      { cause: error },
    );
  }
}
