// Slack rate-limits per method (and, for chat writes, per channel), but @slack/web-api pauses its whole request
// queue on any 429: one Retry-After 20 on chat.update made every call of the workspace wait, other jobs'
// placeholders included. This fetch, given to the client with rejectRateLimitedCalls, keeps the wait to the
// method and channel that were limited: calls for that key wait (up to maxWaitMs) and are retried; every other
// call goes straight out. A longer limit is handed back as a 429, which the client turns into an error the job
// answers (final-delivery.ts).

type Fetch = typeof globalThis.fetch;

export interface PerKeyOptions {
  /** Longest a call waits for its key's limit to pass before its caller is told instead. */
  maxWaitMs: number;
  /** Time allowed to one network attempt (the client's own timeout would also count the wait). */
  attemptTimeoutMs: number;
  fetch?: Fetch;
}

export function perKeyRateLimitedFetch(options: PerKeyOptions): Fetch {
  const base = options.fetch ?? globalThis.fetch;
  const blockedUntil = new Map<string, number>();
  return async (input, init) => {
    const key = rateKey(String(input instanceof Request ? input.url : input), init?.body);
    for (;;) {
      const wait = (blockedUntil.get(key) ?? 0) - Date.now();
      if (wait > options.maxWaitMs) return limited(wait);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const { signal: _clientSignal, ...rest } = init ?? {};
      const response = await base(input, { ...rest, signal: AbortSignal.timeout(options.attemptTimeoutMs) });
      if (response.status !== 429) return response;
      const retryAfterMs = Math.max(1, Number(response.headers.get('retry-after')) || 1) * 1000;
      blockedUntil.set(key, Date.now() + retryAfterMs);
      if (retryAfterMs > options.maxWaitMs) return response;
      await response.body?.cancel();
    }
  };
}

/** "chat.update:C123", or the method alone for calls not about one channel. */
function rateKey(url: string, body: unknown): string {
  const method = url.slice(url.lastIndexOf('/') + 1);
  return `${method}:${channelOf(body) ?? '*'}`;
}

function channelOf(body: unknown): string | null {
  if (typeof body !== 'string') return null;
  if (body.startsWith('{')) {
    try {
      const channel = (JSON.parse(body) as { channel?: unknown }).channel;
      return typeof channel === 'string' ? channel : null;
    } catch {
      return null;
    }
  }
  return new URLSearchParams(body).get('channel');
}

function limited(waitMs: number): Response {
  return new Response(JSON.stringify({ ok: false, error: 'ratelimited' }), {
    status: 429,
    headers: { 'content-type': 'application/json', 'retry-after': String(Math.ceil(waitMs / 1000)) },
  });
}
