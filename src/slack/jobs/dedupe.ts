// Each delivery is handled once. Slack redelivers events (x-slack-retry-num), sometimes sends duplicates without
// retrying, and fires app_mention again when a message that mentions us is edited: an atomic claim per key
// (in the shared store, so several instances agree) lets exactly one of them through.
import type { Logger } from '../../logger.ts';
import type { Store } from '../../store/store.ts';

/** Slack stops retrying after about an hour; a day covers edits of the same message. */
export const EVENT_CLAIM_TTL_MS = 3600_000;
export const MESSAGE_CLAIM_TTL_MS = 24 * 3600_000;
/** Several people reacting at once should start one comparison, but reacting again later should run again. */
export const REACTION_CLAIM_TTL_MS = 10 * 60_000;

export interface Claim {
  key: string;
  ttlMs: number;
}

/** True when this caller won every claim; false (and logged) for a duplicate. */
export async function claimAll(store: Store, claims: Claim[], logger: Logger): Promise<boolean> {
  for (const claim of claims) {
    if (!(await store.claim(`slack:${claim.key}`, claim.ttlMs))) {
      logger.info({ claim: claim.key }, 'duplicate delivery dropped');
      return false;
    }
  }
  return true;
}
