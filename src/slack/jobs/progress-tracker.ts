// Turns the pipeline's progress events into placeholder updates, at most one per interval:
// chat.update is rate limited (about one write per second per channel) and readers need no more.
import type { Logger } from '../../logger.ts';
import type { ProgressListener } from '../../pipeline.ts';
import type { SourceInput } from '../../types.ts';
import { progressReply, type Reply, type SourceProgress } from '../replies.ts';

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
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  let lastShown = 0;
  let stopped = false;

  const flush = (): void => {
    timer = undefined;
    if (stopped) return;
    lastShown = Date.now();
    inFlight = inFlight
      .then(() => show(progressReply(items.length, items, comparing)))
      .catch((error: unknown) => logger.warn({ err: error }, 'progress update failed'));
  };

  const schedule = (): void => {
    if (stopped || timer) return;
    timer = setTimeout(flush, Math.max(0, lastShown + intervalMs - Date.now()));
  };

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
      schedule();
    },
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await inFlight;
    },
  };
}
