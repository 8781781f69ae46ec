// Linux keeps a nice value per thread (not per process, as POSIX has it): setpriority on "this process" from a
// thread sets that thread's alone, and the threads it starts afterwards inherit it. Raising one's own nice needs
// no privilege; lowering it back does. Elsewhere the value is the whole process's, so nothing is done there.
import { getPriority, setPriority } from 'node:os';

/** This thread's nice value (Linux), or null elsewhere. */
export function thisThreadNice(): number | null {
  return process.platform === 'linux' ? getPriority() : null;
}

/**
 * Run this thread (and the threads it starts from now on) at `nice`. False where that is not possible: not
 * Linux, or lower than now without the privilege.
 */
export function setThreadNice(nice: number): boolean {
  const now = thisThreadNice();
  if (now === null) return false;
  if (now === nice) return true;
  try {
    setPriority(nice);
    return true;
  } catch {
    return false;
  }
}
