// Holding an Events API delivery in the job journal, from its acknowledgement until its listeners are done. Used
// by the job ledger and by the front door's thread (front-door-thread.ts), which holds a delivery on its own
// connection to the same journal, under the same owner, and leaves letting go of it to the main thread.
import { randomUUID } from 'node:crypto';
import type { Logger } from '../../logger.ts';
import type { JobJournalBackend } from '../../store/job-journal-backend.ts';
import { type Held, type HeldDelivery, NOT_HELD, withDeliveryInHand } from './held-delivery.ts';
import { journalClearer } from './job-recovery.ts';

export interface DeliveryHolder {
  /** Write the delivery to the journal; nothing is held where jobs do not survive a restart. Never rejects. */
  hold(event: HeldDelivery): Promise<Held>;
  /** A delivery held elsewhere (the front door's thread), by its journal ID. */
  heldBy(id: string): Held;
}

export function deliveryHolder(journal: JobJournalBackend, logger: Logger): DeliveryHolder {
  const clear = journalClearer(journal, logger);
  const heldBy = (id: string): Held => ({
    id,
    within: (listeners) => withDeliveryInHand(id, listeners),
    release: () => clear(id, 'delivery'),
  });
  return {
    heldBy,
    hold: async (event) => {
      if (!journal.durable) return NOT_HELD;
      // One entry per delivery: a second delivery of the same event (a balancer's resend, a replay) lets go of
      // its own entry, never of one another delivery still relies on.
      const id = `held:${event.id}:${randomUUID()}`;
      try {
        await journal.accept({ id, team: event.team, keys: [], reply: { kind: 'event', body: event.body } });
      } catch (error) {
        // Redis away: the listener finds out too and tells the user; holding is a safety net, not a gate.
        logger.warn({ err: error, event: event.id }, 'could not hold a delivery');
        return NOT_HELD;
      }
      return heldBy(id);
    },
  };
}
