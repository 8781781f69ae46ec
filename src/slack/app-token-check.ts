// Socket Mode's first call (apps.connections.open with the app-level token), made once before anything starts.
// Left to Bolt, a bad SLACK_APP_TOKEN or an unreachable Slack ended the start in Bolt's log lines, a stack and
// "Something went wrong on our side"; here either is one sentence naming what to check, and the exit is 1.
import { type Logger, LogLevel, WebClient } from '@slack/web-api';
import { CopydeskError } from '../errors.ts';

const REFUSED = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
  'missing_scope',
]);

const SILENT: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};

export async function checkAppToken(options: {
  appToken: string;
  slackApiUrl?: string | undefined;
}): Promise<void> {
  const client = new WebClient(undefined, {
    ...(options.slackApiUrl
      ? { slackApiUrl: options.slackApiUrl.endsWith('/') ? options.slackApiUrl : `${options.slackApiUrl}/` }
      : {}),
    retryConfig: { retries: 1, minTimeout: 500, maxTimeout: 1_000 },
    timeout: 10_000,
    rejectRateLimitedCalls: true,
    // Its own console lines ("http request failed") would bury the one sentence this start ends with.
    logger: SILENT,
  });
  const where = options.slackApiUrl ? new URL(options.slackApiUrl).host : 'slack.com';
  try {
    // The URL it returns is single-use and expires unused; Bolt asks for its own.
    await client.apps.connections.open({ token: options.appToken });
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
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
