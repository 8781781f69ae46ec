// The front door's note of the events it handed to the main thread that the main thread has not taken yet. The
// door acknowledges events in a thread of its own, so a main thread stuck in one long task (a bug: a runaway
// computation) shows nowhere else: Slack still gets its 200s. Those events stay held in the journal, so none is
// lost (another instance replays them once the stuck one's lease lapses, or a restart does), but an operator
// should hear of it: once the oldest untaken event has waited longer than the limit, the door logs an error,
// once, and again when the main thread takes events again. Refusing events (503) instead was tried and dropped:
// on one instance, Slack's retries (the last about five minutes on) would meet the same stuck thread and the
// event would be lost, where a held one is only late.
import type { Logger } from '../../logger.ts';

export interface UntakenEvents {
  /** An event handed over: its number, for the main thread to say it took it. */
  handed(): number;
  taken(seq: number): void;
  /** Log once when the oldest untaken event has waited longer than the limit (run it on a timer). */
  check(): void;
}

export function untakenEvents(
  limitMs: number,
  logger: Logger,
  now: () => number = () => performance.now(),
): UntakenEvents {
  // Insertion order is handing order: the first entry is the oldest.
  const waiting = new Map<number, number>();
  let next = 0;
  let stalled = false;
  const oldestWait = (): number => {
    const oldest = waiting.values().next().value;
    return oldest === undefined ? 0 : now() - oldest;
  };
  return {
    handed: () => {
      next += 1;
      waiting.set(next, now());
      return next;
    },
    taken: (seq) => {
      waiting.delete(seq);
      if (stalled && oldestWait() <= limitMs) {
        stalled = false;
        logger.info({ untaken: waiting.size }, 'the main thread takes events again');
      }
    },
    check: () => {
      const waited = oldestWait();
      if (stalled || waited <= limitMs) return;
      stalled = true;
      logger.error(
        { waitedMs: Math.round(waited), untaken: waiting.size },
        'the main thread has stopped taking events; the front door still acknowledges and holds them',
      );
    },
  };
}
