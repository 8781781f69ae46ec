// HTTP mode on a durable store: Slack's requests are received, gated and acknowledged in a thread of their own
// (front-door-thread.ts), so that an acknowledgement never waits behind the listeners, jobs and pipeline on the
// main thread (issue 11's ack bench; issue 10's three instances on two cores). Each event the thread held and
// acknowledged comes here to run its listeners; anything else it forwards to the Bolt receiver, which listens
// on a Unix socket in a private directory. With COPYDESK_STORE=memory the gate stays on the main thread: a hold
// that dies with the process is no hold, and a memory store cannot be shared with another thread.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CopydeskError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import { setOtherThreadsNice, setThreadNice, thisThreadNice } from '../../util/thread-priority.ts';
import type { EventDelivery } from './request-gate.ts';

export interface FrontDoorSettings {
  port: number;
  host?: string;
  /** Where the Bolt receiver listens (innerSocket). */
  socketPath: string;
  signingSecret: string;
  storeSpec: string;
  /** The main thread's journal owner and lease: its renewals cover the deliveries the thread holds. */
  owner: string;
  leaseMs: number;
  logLevel: string;
  /**
   * The nice value the thread runs at (the process's own, when first started); the main thread then moves to
   * `workNice` (COPYDESK_WORK_NICE), and the threads it starts with it.
   */
  nice: number;
}

export type FrontDoorMessage =
  /** `thread`: the door's kernel thread ID (Linux), which alone keeps the process's priority. */
  | { kind: 'listening'; port: number; thread: number | null }
  | { kind: 'failed'; code: string; message: string }
  /** `seq`: returned in a `taken` message as soon as the main thread has it (untaken-events.ts). */
  | { kind: 'event'; delivery: EventDelivery; held: string | null; seq: number }
  | { kind: 'log'; line: string }
  | { kind: 'closed' };

/** From the main thread to the door's. */
export type ToFrontDoor = { kind: 'taken'; seq: number } | { kind: 'close' };

export interface FrontDoor {
  /** The port Slack's requests come to (PORT, or the one chosen for PORT=0). */
  port: number;
  /** The thread now serving it (a new one after a failure). */
  thread(): Worker;
  /** Stop taking requests; those in progress are answered. */
  close(): Promise<void>;
}

/** A private directory for the Bolt receiver's socket: only this user can reach the app behind the door. */
export function innerSocket(): { path: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-'));
  return { path: join(dir, 'bolt.sock'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const RESTART_DELAY_MS = 1_000;
/**
 * The door's young generation, in MB. V8 lets a worker's grow to tens of MB (32 MB of new space in the traces),
 * and start-up (modules, the store's client) fills it: the first scavenges under load then copied ~10 MB of
 * survivors and paused the thread for 65–135 ms, every request waiting behind them (issue 10's bench: ack p99
 * 5.2× bare Bolt). The door holds a few requests at a time, so a small one costs more scavenges of little each
 * (pauses of a few ms, the longest ~19). 2 MB did as well in the bench, but a burst of 190 KB bodies spent five
 * times the collector's time of the default on it: 4 MB is the middle.
 */
const YOUNG_GENERATION_MB = 4;

export async function openFrontDoor(
  { workNice, ...settings }: Omit<FrontDoorSettings, 'nice'> & { workNice: number },
  logger: Logger,
  onEvent: (delivery: EventDelivery, held: string | null) => void,
): Promise<FrontDoor> {
  const nice = thisThreadNice() ?? 0;
  let closing = false;
  let current: Worker;
  let running = false;
  /** The port listened on (PORT=0 picks one): a door opened again takes the same. */
  let bound = settings.port;
  const open = (port: number): Promise<{ port: number; thread: number | null }> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./front-door-thread.ts', import.meta.url), {
        workerData: { ...settings, port, nice } satisfies FrontDoorSettings,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
      current = worker;
      running = true;
      let listening = false;
      worker.on('message', (message: FrontDoorMessage) => {
        if (message.kind === 'event') {
          worker.postMessage({ kind: 'taken', seq: message.seq } satisfies ToFrontDoor);
          onEvent(message.delivery, message.held);
        } else if (message.kind === 'closed') void worker.terminate();
        else if (message.kind === 'log') relay(logger, message.line);
        else if (message.kind === 'listening') {
          listening = true;
          bound = message.port;
          resolve({ port: message.port, thread: message.thread });
        } else if (message.kind === 'failed' && !listening) {
          void worker.terminate();
          reject(cannotListen(settings, message));
        }
      });
      worker.on('error', (error) => {
        logger.error({ err: error }, 'the front door failed');
        if (!listening) reject(error);
      });
      // A door that dies while the app runs is opened again on its port: Slack retries what it missed, and
      // what was held and acknowledged is in the journal.
      worker.on('exit', (code) => {
        running = false;
        if (closing || !listening) return;
        logger.error({ code }, 'the front door stopped; opening it again');
        reopenSoon();
      });
    });
  // Until it opens: a port someone else took meanwhile may be free again later.
  const reopenSoon = (): void => {
    setTimeout(() => {
      if (closing) return;
      open(bound).catch((error: unknown) => {
        logger.error({ err: error }, 'the front door could not open again; trying again');
        reopenSoon();
      });
    }, RESTART_DELAY_MS).unref();
  };
  const { port, thread } = await open(settings.port);
  // The work yields to the acknowledgements: under load (two cores, three instances, a burst of long pastes) an
  // ack otherwise waits for the scheduler behind the listeners, the jobs and the offline engine's threads.
  if (workNice > nice && setThreadNice(workNice)) {
    // V8's collector and compiler threads started with the process, at its priority, and most of what they do is
    // the work's: they go with it (issue 10's bench, ack p99 before the kill: 1.9× bare Bolt → 1.4×).
    const helpers = thread === null ? 0 : setOtherThreadsNice(thread, workNice);
    logger.info({ nice: workNice, helpers }, 'the work runs at a lower priority than the acknowledgements');
  }
  return {
    port,
    thread: () => current,
    close: () => {
      closing = true;
      if (!running) return Promise.resolve();
      // The thread answers what it is answering, closes its store and says so; then it is ended.
      return new Promise((resolve) => {
        current.once('exit', () => resolve());
        current.postMessage({ kind: 'close' } satisfies ToFrontDoor);
      });
    },
  };
}

function cannotListen(settings: { port: number }, failure: { code: string; message: string }): Error {
  if (failure.code === 'EADDRINUSE' || failure.code === 'EACCES') {
    return new CopydeskError(
      'config',
      `Configuration problem: cannot listen on PORT ${settings.port} (${failure.code === 'EADDRINUSE' ? 'already in use' : 'not allowed'}).`,
    );
  }
  return new Error(`the front door could not listen: ${failure.message}`);
}

/** A line the thread's logger wrote (already redacted there), logged again here at its level. */
function relay(logger: Logger, line: string): void {
  try {
    const { level, msg, time: _time, pid: _pid, hostname: _hostname, ...fields } = JSON.parse(line);
    const name = logger.levels.labels[level as number] ?? 'info';
    (logger[name as 'info'] ?? logger.info).call(logger, { ...fields, thread: 'front door' }, msg);
  } catch {
    logger.info({ thread: 'front door' }, String(line).trim());
  }
}
