// GET /readyz: whether this instance should be sent work now. /healthz says the process is alive (restart it if
// not); /readyz says whether it can do its job: not while it drains (SIGTERM), and not while its store or (on
// Redis) its queue does not answer. A load balancer takes it out of rotation on a 503 and back on a 200; the
// process itself keeps running and reconnecting.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Store } from '../../store/store.ts';
import type { SheetQueue } from '../jobs/queue/sheet-queue.ts';

export interface ReadinessChecks {
  /** False once shutdown has begun. */
  accepting: { value: boolean };
  store: Store;
  queue?: SheetQueue | undefined;
}

/** Null when ready; otherwise a short reason, safe to show (no host, no password). */
export async function notReady(checks: ReadinessChecks): Promise<string | null> {
  if (!checks.accepting.value) return 'draining';
  try {
    await checks.store.ping?.();
  } catch {
    return 'store unreachable';
  }
  try {
    await checks.queue?.ping();
  } catch {
    return 'queue unreachable';
  }
  return null;
}

export function readinessRoute(checks: ReadinessChecks) {
  return {
    path: '/readyz',
    method: ['GET'],
    handler: (_req: IncomingMessage, res: ServerResponse) => {
      void notReady(checks)
        .catch(() => 'check failed')
        .then((reason) => {
          res.writeHead(reason ? 503 : 200, {
            'content-type': 'application/json',
            'cache-control': 'no-store',
          });
          res.end(JSON.stringify(reason ? { ready: false, reason } : { ready: true }));
        });
    },
  };
}
