// Turns the pipeline's progress events into placeholder updates, at most one per interval:
// chat.update is rate limited (about one write per second per channel) and readers need no more.
import type { Logger } from '../../logger.ts';
import type { ProgressListener } from '../../pipeline.ts';
import type { SourceInput } from '../../types.ts';
import { progressReply, type Reply, type SourceProgress } from '../replies.ts';
import { throttledUpdates } from './throttled-updates.ts';

export interface ProgressTracker {
  onProgress: ProgressListener;
  /** Cancel any pending update and wait for one in flight, so it cannot land after the sheet. */
  stop(): Promise<void>;
}

export function createProgressTracker(
  inputs: SourceInput[],
  show: (reply: Reply) => Promise<void>,
  intervalMs: number,
  logger: Logger,
): ProgressTracker {
  const items: SourceProgress[] = inputs.map((input, index) => ({
    id: `S${index + 1}`,
    label: input.kind === 'url' ? (input.label ?? input.url) : input.label,
    state: 'waiting',
    detail: null,
  }));
  let comparing = false;
  // The reply is made when its slot comes, from the latest state.
  const updates = throttledUpdates(
    () => () => show(progressReply(items.length, items, comparing)),
    intervalMs,
    logger,
    'progress update failed',
  );

  return {
    onProgress: (event) => {
      if (event.stage === 'comparing') comparing = true;
      const item = items.find((candidate) => candidate.id === event.sourceId);
      if (item) {
        if (event.label) item.label = event.label;
        item.state =
          event.stage === 'cached' || event.stage === 'done'
            ? 'done'
            : event.stage === 'failed'
              ? 'failed'
              : event.stage === 'analysing'
                ? 'analysing'
                : 'reading';
        item.detail = event.stage === 'failed' ? (event.detail ?? null) : null;
      }
      updates.request();
    },
    stop: updates.stop,
  };
}
