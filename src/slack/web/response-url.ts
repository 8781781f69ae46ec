// Answers through a slash command's response_url without Bolt's `respond` (which exists only inside the
// listener): a queued /factsheet finished by another instance, or a recovered job, posts to the same URL.
import type { RespondArguments } from '@slack/bolt';

/** How long one post to response_url may take. */
const RESPONSE_URL_TIMEOUT_MS = 15_000;

/** What a destination needs of Bolt's `respond`: Bolt's own function is one. */
export type Respond = (message: RespondArguments) => Promise<unknown>;

export function respondTo(responseUrl: string): Respond {
  return async (message) => {
    const response = await fetch(responseUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(RESPONSE_URL_TIMEOUT_MS),
    });
    // Slack answers "ok" as text; the body is not read beyond that.
    await response.arrayBuffer().catch(() => undefined);
    if (!response.ok) throw new Error(`response_url answered ${response.status}`);
  };
}
