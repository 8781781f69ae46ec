// The front door's thread: the only work on it is Slack's HTTP requests' gate (request-gate.ts) and, for an
// event, its hold in the job journal and its 200. The main thread runs the listeners, the jobs and the
// pipeline; however busy it is, an acknowledgement waits for this thread only. What is not an event goes on to
// the Bolt receiver behind (forward-request.ts). Messages to the main thread are FrontDoorMessage.
import { createServer, type Server } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { createLogger } from '../../logger.ts';
import { openConfiguredStore } from '../../store/open-configured-store.ts';
import { setThreadNice, thisThreadId, thisThreadNice } from '../../util/thread-priority.ts';
import { deliveryHolder } from '../jobs/delivery-holder.ts';
import { openJournal } from '../jobs/open-jobs.ts';
import { forwardTo } from './forward-request.ts';
import type { FrontDoorMessage, FrontDoorSettings, ToFrontDoor } from './front-door.ts';
import { requestGate } from './request-gate.ts';
import { untakenEvents } from './untaken-events.ts';

/** How long requests in progress get to finish at shutdown: Slack's own are answered in milliseconds. */
const CLOSE_WAIT_MS = 2_000;
/** The shortest wait for the main thread to take an event that counts as a stall (untaken-events.ts). */
const STALL_FLOOR_MS = 5_000;
const STALL_CHECK_MS = 1_000;

const port = parentPort;
if (!port) throw new Error('front-door-thread.ts runs as a worker thread (front-door.ts starts it)');
const settings = workerData as FrontDoorSettings;
const send = (message: FrontDoorMessage): void => port.postMessage(message);
// Lines go to the main thread's logger, where the process's own destination and redaction apply.
const logger = createLogger(settings.logLevel, { write: (line: string) => send({ kind: 'log', line }) });

// Opened again after a failure, the thread starts at the work's priority: back to its own, where allowed.
const startedAt = thisThreadNice();
if (startedAt !== null && startedAt !== settings.nice && !setThreadNice(settings.nice)) {
  logger.warn({ nice: startedAt }, 'the front door runs at the priority of the work');
}

const store = await openConfiguredStore(settings.storeSpec, logger);
await store.ready?.();
// The main thread's journal owner: its lease renewals cover what is held here.
const journal = openJournal(settings.storeSpec, settings.leaseMs, store, settings.owner);
const holder = deliveryHolder(journal, logger);
// Well before the main thread's leases could lapse (it renews every third of one), and never under a few
// seconds: a short collection or a burst is not a stall.
const untaken = untakenEvents(Math.max(settings.leaseMs / 4, STALL_FLOOR_MS), logger);
setInterval(untaken.check, STALL_CHECK_MS).unref();
const server: Server = createServer(
  requestGate(forwardTo(settings.socketPath, logger), {
    signingSecret: settings.signingSecret,
    endpoints: ['/slack/events'],
    claim: (key, ttlMs) => store.claim(key, ttlMs),
    logger,
    events: {
      hold: holder.hold,
      // The main thread runs its listeners and lets go of it (JobLedger.heldBy), and says it took it.
      handOff: (delivery, held) => {
        const seq = untaken.handed();
        try {
          send({ kind: 'event', delivery, held: held.id, seq });
        } catch (error) {
          untaken.taken(seq);
          throw error;
        }
      },
    },
  }),
);
server.on('error', (error: NodeJS.ErrnoException) => {
  send({ kind: 'failed', code: error.code ?? 'unknown', message: error.message });
});
server.listen({ port: settings.port, ...(settings.host ? { host: settings.host } : {}) }, () => {
  const address = server.address();
  const listening = typeof address === 'object' && address ? address.port : settings.port;
  const thread = thisThreadId();
  logger.info({ port: listening, nice: thisThreadNice(), tid: thread }, 'the front door is open');
  send({ kind: 'listening', port: listening, thread });
});

port.on('message', (message: ToFrontDoor) => {
  if (message.kind === 'taken') return untaken.taken(message.seq);
  // Requests in progress are answered; idle keep-alive connections go now rather than at their timeout.
  server.close(() => {
    journal.close();
    store.close().finally(() => {
      send({ kind: 'closed' });
      port.close();
    });
  });
  server.closeIdleConnections();
  // A client that never finishes its request does not hold the shutdown.
  setTimeout(() => server.closeAllConnections(), CLOSE_WAIT_MS).unref();
});
