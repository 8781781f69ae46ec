// A chat.postMessage whose reply comes later than the attempt timeout may well have been posted: Slack got it,
// only its answer was slow. The client then retried it, and a slow Slack meant a second placeholder. So a post
// that timed out is never retried by the client: it is answered with OUTCOME_UNKNOWN (a Slack-style error,
// which the client hands back at once), and the caller looks for the message before posting again.

type Fetch = typeof globalThis.fetch;

export const OUTCOME_UNKNOWN = 'copydesk_outcome_unknown';

export function noBlindReposts(base: Fetch): Fetch {
  return async (input, init) => {
    try {
      return await base(input, init);
    } catch (error) {
      const url = String(input instanceof Request ? input.url : input);
      if (!isTimeout(error) || !url.endsWith('/chat.postMessage')) throw error;
      return new Response(JSON.stringify({ ok: false, error: OUTCOME_UNKNOWN }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }
  };
}

/** True for the error a post gets when its outcome is unknown (see noBlindReposts). */
export function isOutcomeUnknown(error: unknown): boolean {
  return (error as { data?: { error?: string } } | null)?.data?.error === OUTCOME_UNKNOWN;
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'TimeoutError' || name === 'AbortError';
}
