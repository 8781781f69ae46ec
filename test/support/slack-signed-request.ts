// Signed requests into the real HTTP receiver: the v0 HMAC Slack computes, here computed by hand.
import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';

export interface SignedOptions {
  /** Form-encoded (slash commands) instead of JSON (events). */
  form?: boolean;
  retryNum?: number;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Sign with another secret, to test the refusal. */
  secret?: string;
}

export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export async function postSigned(
  port: number,
  payload: Record<string, unknown>,
  options: SignedOptions = {},
): Promise<{ status: number; text: string; json: unknown }> {
  const body = options.form
    ? new URLSearchParams(
        Object.entries(payload).map(([key, value]): [string, string] => [key, String(value)]),
      ).toString()
    : JSON.stringify(payload);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': options.form ? 'application/x-www-form-urlencoded' : 'application/json',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': sign(body, timestamp, options.secret),
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const response = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers, body });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: response.status, text, json };
}
