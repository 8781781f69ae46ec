// At most one update per interval, each sent once the one before it has finished: Slack's writes are rate limited
// (about one a second per channel) and readers need no more. Shared by the placeholder's progress
// (progress-tracker.ts) and a stream's task updates (stream-tracker.ts), which differ only in what they send.
import type { Logger } from '../../logger.ts';

export interface ThrottledUpdates {
  /** Something changed: an update goes out at the next free slot. */
  request(): void;
  /** Cancel any pending update and wait for one in flight, so it cannot land after the answer. */
  stop(): Promise<void>;
}

/**
 * `take` says, when a slot comes, what to send (taken then, so later changes wait for the next slot), or null for
 * nothing; a failed update is logged as `failure` and the next one goes out as usual.
 */
export function throttledUpdates(
  take: () => (() => Promise<void>) | null,
  intervalMs: number,
  logger: Logger,
  failure: string,
): ThrottledUpdates {
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  let lastSent = 0;
  let stopped = false;
  const flush = (): void => {
    timer = undefined;
    if (stopped) return;
    const send = take();
    if (!send) return;
    lastSent = Date.now();
    inFlight = inFlight.then(send).catch((error: unknown) => logger.warn({ err: error }, failure));
  };
  return {
    request: () => {
      if (stopped || timer) return;
      timer = setTimeout(flush, Math.max(0, lastSent + intervalMs - Date.now()));
    },
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await inFlight;
    },
  };
}
