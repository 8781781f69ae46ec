// Linux keeps a nice value per thread (not per process, as POSIX has it): setpriority on "this process" from a
// thread sets that thread's alone, and the threads it starts afterwards inherit it. Raising one's own nice needs
// no privilege; lowering it back does. Elsewhere the value is the whole process's, so nothing is done there.
import { readdirSync, readlinkSync } from 'node:fs';
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

/** This thread's kernel ID (Linux: /proc/thread-self names it), or null elsewhere. */
export function thisThreadId(): number | null {
  if (process.platform !== 'linux') return null;
  try {
    return Number(readlinkSync('/proc/thread-self').split('/').at(-1));
  } catch {
    return null;
  }
}

/**
 * Every thread of this process but `keep`, and but those already at `nice` or lower in priority, moved to `nice`:
 * the threads started before the work's priority was set (V8's collector and compiler threads, from start-up)
 * keep the process's own otherwise. On Linux, setpriority takes a thread's ID where it takes a process's. Returns
 * how many moved.
 */
export function setOtherThreadsNice(keep: number, nice: number): number {
  if (process.platform !== 'linux') return 0;
  let moved = 0;
  let threads: string[];
  try {
    threads = readdirSync('/proc/self/task');
  } catch {
    return 0;
  }
  for (const name of threads) {
    const thread = Number(name);
    if (thread === keep) continue;
    try {
      if (getPriority(thread) >= nice) continue;
      setPriority(thread, nice);
      moved++;
    } catch {
      // Ended meanwhile, or not ours to change: it keeps its priority.
    }
  }
  return moved;
}
