// A bounded pool of worker threads for CPU-heavy work (HTML extraction, the offline engine), so the event loop
// that acknowledges Slack's events never waits on it. Each task has a time budget: past it the task is
// abandoned, its worker terminated and replaced, and the caller told the page is too complex to read.
import { Worker } from 'node:worker_threads';
import { CopydeskError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { CpuReply, CpuTask } from './cpu-task.ts';

export interface CpuPool {
  run<T>(task: CpuTask): Promise<T>;
  close(): Promise<void>;
}

export interface CpuPoolOptions {
  size: number;
  budgetMs: number;
  logger: Logger;
  /** Tasks waiting for a worker beyond this are refused at once rather than queued without end. */
  maxQueued?: number;
  /** The worker script; tests swap in one that never finishes. */
  workerUrl?: URL;
}

interface Pending {
  task: CpuTask;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  busy: (Pending & { id: number; timer: NodeJS.Timeout }) | null;
}

const DEFAULT_WORKER = new URL('./cpu-worker.ts', import.meta.url);

export function createCpuPool(options: CpuPoolOptions): CpuPool {
  const slots = new Set<Slot>();
  const queue: Pending[] = [];
  const maxQueued = options.maxQueued ?? 200;
  let nextId = 0;
  let closed = false;

  const spawn = (): Slot => {
    // A memory cap too: a page that explodes the DOM ends its worker, not the bot.
    const worker = new Worker(options.workerUrl ?? DEFAULT_WORKER, {
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    const slot: Slot = { worker, busy: null };
    worker.on('message', (reply: CpuReply) => {
      const busy = slot.busy;
      if (!busy || busy.id !== reply.id) return;
      clearTimeout(busy.timer);
      slot.busy = null;
      if (reply.ok) busy.resolve(reply.value);
      // An unexpected error stays a plain Error, so callers treat it as they would in-thread.
      else busy.reject(reply.code ? new CopydeskError(reply.code, reply.message) : new Error(reply.message));
      pump();
    });
    // A crash (or the memory cap) ends the worker: its task fails, and a fresh worker takes its place.
    const lost = (error: unknown): void => {
      if (!slots.delete(slot)) return;
      const busy = slot.busy;
      slot.busy = null;
      if (busy) {
        clearTimeout(busy.timer);
        options.logger.warn({ err: error, task: busy.task.kind }, 'cpu worker ended during a task');
        busy.reject(tooComplex(busy.task));
      }
      pump();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`worker exited with ${code}`)));
    worker.unref();
    slots.add(slot);
    return slot;
  };

  const dispatch = (slot: Slot, pending: Pending): void => {
    const id = ++nextId;
    const timer = setTimeout(() => {
      if (slot.busy?.id !== id) return;
      options.logger.warn({ task: pending.task.kind, budgetMs: options.budgetMs }, 'cpu task over budget');
      slot.busy = null;
      slots.delete(slot);
      void slot.worker.terminate();
      pending.reject(tooComplex(pending.task));
      pump();
    }, options.budgetMs);
    slot.busy = { ...pending, id, timer };
    slot.worker.postMessage({ id, task: pending.task });
  };

  const pump = (): void => {
    while (!closed && queue.length > 0) {
      let free = [...slots].find((slot) => slot.busy === null);
      if (!free && slots.size < options.size) free = spawn();
      if (!free) return;
      dispatch(free, queue.shift() as Pending);
    }
  };

  return {
    run: <T>(task: CpuTask) =>
      new Promise<T>((resolve, reject) => {
        if (closed)
          return reject(new CopydeskError('busy', 'copydesk is shutting down. Try again in a minute.'));
        if (queue.length >= maxQueued) {
          return reject(
            new CopydeskError('busy', 'copydesk is too busy to read this now. Try again in a minute.'),
          );
        }
        queue.push({ task, resolve: resolve as (value: unknown) => void, reject });
        pump();
      }),
    close: async () => {
      closed = true;
      for (const pending of queue.splice(0))
        pending.reject(new CopydeskError('busy', 'copydesk is shutting down.'));
      const all = [...slots];
      slots.clear();
      for (const slot of all) {
        if (slot.busy) {
          clearTimeout(slot.busy.timer);
          slot.busy.reject(new CopydeskError('busy', 'copydesk is shutting down.'));
        }
      }
      await Promise.all(all.map((slot) => slot.worker.terminate()));
    },
  };
}

function tooComplex(task: CpuTask): CopydeskError {
  const what = task.kind === 'extract' ? 'This page' : 'This article';
  const instead = task.kind === 'extract' ? ' Paste the article text instead.' : '';
  return new CopydeskError('extract_too_complex', `${what} is too complex to read.${instead}`);
}
