// A streamed answer's progress: the pipeline's events batched into the stream's task updates, at most one
// chat.appendStream per interval with each task's latest state (appends are rate limited like any write).
import type { Logger } from '../../logger.ts';
import type { ProgressTracker } from './progress-tracker.ts';
import type { createSteps } from './stream-steps.ts';
import { throttledUpdates } from './throttled-updates.ts';

/** Batches task updates: at most one append per interval, each task's latest state only. */
export function streamTracker(
  steps: ReturnType<typeof createSteps>,
  append: (chunks: ReturnType<ReturnType<typeof createSteps>['chunks']>) => Promise<void>,
  intervalMs: number,
  logger: Logger,
): ProgressTracker {
  const changed = new Set<string>();
  const updates = throttledUpdates(
    () => {
      if (changed.size === 0) return null;
      const chunks = steps.chunks(changed);
      changed.clear();
      return () => append(chunks);
    },
    intervalMs,
    logger,
    'stream step update failed',
  );
  return {
    onProgress: (event) => {
      for (const id of steps.apply(event)) changed.add(id);
      if (changed.size > 0) updates.request();
    },
    stop: updates.stop,
  };
}
