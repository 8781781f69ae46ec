// A streamed answer's progress: the pipeline's events batched into the stream's task updates, at most one
// chat.appendStream per interval with each task's latest state (appends are rate limited like any write).
import type { Logger } from '../../logger.ts';
import type { ProgressTracker } from './progress-tracker.ts';
import type { createSteps } from './stream-steps.ts';

/** Batches task updates: at most one append per interval, each task's latest state only. */
export function streamTracker(
  steps: ReturnType<typeof createSteps>,
  append: (chunks: ReturnType<ReturnType<typeof createSteps>['chunks']>) => Promise<void>,
  intervalMs: number,
  logger: Logger,
): ProgressTracker {
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  let lastSent = 0;
  let stopped = false;
  const flush = (): void => {
    timer = undefined;
    if (stopped || changed.size === 0) return;
    const chunks = steps.chunks(changed);
    changed.clear();
    lastSent = Date.now();
    inFlight = inFlight
      .then(() => append(chunks))
      .catch((error: unknown) => logger.warn({ err: error }, 'stream step update failed'));
  };
  return {
    onProgress: (event) => {
      for (const id of steps.apply(event)) changed.add(id);
      if (stopped || timer || changed.size === 0) return;
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
