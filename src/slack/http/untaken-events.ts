// The front door's note of the events it handed to the main thread that the main thread has not taken yet. The
// door acknowledges events in a thread of its own, so a main thread that stalls (a runaway computation, a long
// collection) would otherwise go on being handed events it cannot run: held under its owner, acknowledged to
// Slack, and on Redis taken over by another instance once its leases lapse. Once an event waits longer than
// the limit, the door answers 503 instead: Slack sends the event again later, or the balancer to another
// instance, and nothing is acknowledged that nobody is running. The limit is the door's (a quarter of a lease).
import type { Logger } from '../../logger.ts';

export interface UntakenEvents {
  /** An event handed over: its number, for the main thread to say it took it. */
  handed(): number;
  taken(seq: number): void;
  /** True while the oldest untaken event has waited longer than the limit. */
  stalled(): boolean;
}

export function untakenEvents(limitMs: number, logger: Logger, now: () => number = Date.now): UntakenEvents {
  // Insertion order is handing order: the first entry is the oldest.
  const waiting = new Map<number, number>();
  let next = 0;
  let refusing = false;
  return {
    handed: () => {
      next += 1;
      waiting.set(next, now());
      return next;
    },
    taken: (seq) => {
      waiting.delete(seq);
      if (refusing && !isStalled()) {
        refusing = false;
        logger.info('the main thread takes events again; the front door accepts them again');
      }
    },
    stalled: () => {
      const stalled = isStalled();
      if (stalled && !refusing) {
        refusing = true;
        logger.error(
          { waitedMs: now() - (waiting.values().next().value ?? now()), untaken: waiting.size },
          'the main thread has stopped taking events; the front door answers 503 until it does',
        );
      }
      return stalled;
    },
  };

  function isStalled(): boolean {
    const oldest = waiting.values().next().value;
    return oldest !== undefined && now() - oldest > limitMs;
  }
}
