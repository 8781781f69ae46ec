// An Events API delivery held in the job journal from its acknowledgement until its listeners are done
// (JobLedger.hold), so that a process killed in between loses nothing: whoever recovers it replays it. HTTP
// deliveries are held by the request gate, which acknowledges them itself; Socket Mode ones here, around Bolt's
// App.processEvent (which acknowledges them before any listener runs).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { App } from '@slack/bolt';

export interface HeldDelivery {
  id: string;
  team: string;
  /** The delivery's JSON, replayed as it came. */
  body: string;
}

/** A delivery in the journal (JobLedger.hold). */
export interface Held {
  /** Its journal entry; null when nothing is held. */
  readonly id: string | null;
  /** Run its listeners: a job they accept takes the delivery's place in the journal, in the same step. */
  within<T>(listeners: () => T): T;
  /** The listeners are done (however they ended): let go of it. */
  release(): void;
}

export type Hold = (delivery: HeldDelivery) => Promise<Held>;

/** Nothing held (memory, or the journal unreachable): the listeners simply run. */
export const NOT_HELD: Held = { id: null, within: (listeners) => listeners(), release: () => {} };

/** What to hold of a delivery: Events API callbacks with an ID; null for everything else (commands, actions…). */
export function heldDeliveryOf(body: Record<string, unknown>, json?: string): HeldDelivery | null {
  if (body.type !== 'event_callback' || typeof body.event_id !== 'string') return null;
  const authorizations = Array.isArray(body.authorizations) ? body.authorizations : [];
  const first = authorizations[0] as { team_id?: unknown } | undefined;
  const team = typeof body.team_id === 'string' ? body.team_id : first?.team_id;
  return {
    id: body.event_id,
    team: typeof team === 'string' ? team : 'unknown',
    body: json ?? JSON.stringify(body),
  };
}

/**
 * The app as a receiver sees it (Receiver.init), holding each delivery around processEvent: for the Socket Mode
 * receiver, whose acknowledgement happens inside processEvent.
 */
export function holdingApp(app: App, hold: Hold): App {
  const processEvent: App['processEvent'] = async (event) => {
    const delivery = heldDeliveryOf(event.body);
    const held = delivery ? await hold(delivery) : NOT_HELD;
    try {
      await held.within(() => app.processEvent(event));
    } finally {
      held.release();
    }
  };
  // Receivers call nothing else on the app.
  return { processEvent } as App;
}

/** The held delivery whose listeners are running (async context): the job they accept takes its place. */
const inHand = new AsyncLocalStorage<string>();

/** Run a held delivery's listeners, so that the job they accept knows which delivery it replaces. */
export function withDeliveryInHand<T>(id: string, listeners: () => T): T {
  return inHand.run(id, listeners);
}

/** The held delivery whose listeners are running here, if any. */
export function deliveryInHand(): string | undefined {
  return inHand.getStore();
}
