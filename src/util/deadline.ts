// One deadline per fact sheet (COPYDESK_SHEET_DEADLINE_MS, counted from the request). Everything a sheet waits
// on (a page, a model call, the comparison) is bounded by it, so a hung server costs the user the deadline at
// most, and they get what was ready with the reason the rest is missing.
import { CopydeskError } from '../errors.ts';

export interface Deadline {
  /** Epoch milliseconds at which the sheet's time is up. */
  readonly at: number;
  /** The whole budget, for sentences such as "within 90 s". */
  readonly totalMs: number;
  /** Aborted when the time is up: given to model calls so they stop rather than run on unseen. */
  readonly signal: AbortSignal;
  remainingMs(): number;
  expired(): boolean;
}

export function createDeadline(totalMs: number, from: number = Date.now()): Deadline {
  const at = from + totalMs;
  const left = at - Date.now();
  // AbortSignal.timeout's timer does not keep the process alive: a finished CLI run exits at once.
  const signal = left > 0 ? AbortSignal.timeout(left) : AbortSignal.abort();
  return {
    at,
    totalMs,
    signal,
    remainingMs: () => Math.max(0, at - Date.now()),
    expired: () => signal.aborted || Date.now() >= at,
  };
}

/** "90 s": the budget as a reader would say it. */
export function budgetWords(deadline: Deadline): string {
  const seconds = deadline.totalMs / 1000;
  return `${seconds >= 10 ? Math.round(seconds) : Number(seconds.toFixed(1))} s`;
}

/** The error a source gets when the sheet's time ran out before it was read. */
export function notReadInTime(deadline: Deadline): CopydeskError {
  return new CopydeskError(
    'deadline',
    `Not read in time: the fact sheet's time limit (${budgetWords(deadline)}) ran out before this source was read.`,
  );
}

/** `work`, or the deadline's error if the time runs out first. The work is left to its own signal or timeout. */
export function beforeDeadline<T>(work: Promise<T>, deadline: Deadline, onTimeUp: () => Error): Promise<T> {
  if (deadline.expired()) {
    work.catch(() => {});
    return Promise.reject(onTimeUp());
  }
  return new Promise<T>((resolve, reject) => {
    const timeUp = () => {
      work.catch(() => {});
      reject(onTimeUp());
    };
    deadline.signal.addEventListener('abort', timeUp, { once: true });
    work.then(
      (value) => {
        deadline.signal.removeEventListener('abort', timeUp);
        resolve(value);
      },
      (error: unknown) => {
        deadline.signal.removeEventListener('abort', timeUp);
        reject(error);
      },
    );
  });
}
