// The Web API client for the checks made once before anything starts (the bot token, the app-level token).
// It retries once and stays quiet: its own console lines ("http request failed") would bury the one sentence
// a failed start ends with.
import { type Logger, LogLevel, WebClient } from '@slack/web-api';

const SILENT: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};

export function startupClient(token: string | undefined, slackApiUrl: string | undefined): WebClient {
  return new WebClient(token, {
    ...(slackApiUrl ? { slackApiUrl: slackApiUrl.endsWith('/') ? slackApiUrl : `${slackApiUrl}/` } : {}),
    retryConfig: { retries: 1, minTimeout: 500, maxTimeout: 1_000 },
    timeout: 10_000,
    rejectRateLimitedCalls: true,
    logger: SILENT,
  });
}

/** Where the check went, for the message that says it got no answer. */
export function slackHost(slackApiUrl: string | undefined): string {
  return slackApiUrl ? new URL(slackApiUrl).host : 'slack.com';
}

/** Slack's error code (invalid_auth, …) when Slack answered; undefined when it never did. */
export function slackErrorCode(error: unknown): string | undefined {
  return (error as { data?: { error?: string } }).data?.error;
}
