// Feedback records in the Store, kept until exported and beyond (no TTL). The Store has no listing, and keyv
// no atomic set-if-absent, so each record takes a numbered slot through the Store's atomic claim: two people
// clicking at once, on one instance or two, never overwrite each other. Export walks the slots in order.
import type { Store } from '../store/store.ts';
import type { FeedbackRecord } from './feedback-record.ts';

const SLOT = (n: number) => `feedback1:slot:${n}`;
const RECORD = (n: number) => `feedback1:record:${n}`;
/** Where the next free slot probably is: a hint only, the claim decides. */
const NEXT = 'feedback1:next';
/** A claimed slot is never given again. */
const FOREVER_MS = 100 * 365 * 24 * 3600_000;
/** A slot claimed by a writer that then failed stays empty: export looks this far past the hint. */
const GAP = 64;

export async function saveFeedback(store: Store, record: FeedbackRecord): Promise<number> {
  let n = Math.max(0, (await store.get<number>(NEXT)) ?? 0);
  while (!(await store.claim(SLOT(n), FOREVER_MS))) n += 1;
  await store.set(RECORD(n), record);
  // Racing writers may set a lower hint; the next writer then claims its way up again.
  await store.set(NEXT, n + 1);
  return n;
}

/** Every record, in the order they were given. */
export async function* allFeedback(store: Store): AsyncGenerator<{ slot: number; record: FeedbackRecord }> {
  const hint = (await store.get<number>(NEXT)) ?? 0;
  let misses = 0;
  for (let n = 0; n < hint || misses < GAP; n += 1) {
    const record = await store.get<FeedbackRecord>(RECORD(n));
    if (record === undefined) {
      if (n >= hint) misses += 1;
      continue;
    }
    misses = 0;
    yield { slot: n, record };
  }
}
