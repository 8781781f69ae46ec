// The job ledger on the same store as the cache and claims: the SQLite file of COPYDESK_STORE (by default in
// the data directory), an in-memory database for COPYDESK_STORE=memory, or the Redis server of
// COPYDESK_STORE=redis://… (on the store's own connection).
import { CopydeskError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import { openJobJournal } from '../../store/job-journal.ts';
import type { JobJournalBackend } from '../../store/job-journal-backend.ts';
import { isRedisSpec } from '../../store/open-configured-store.ts';
import { openRedisJobJournal } from '../../store/redis-job-journal.ts';
import type { RedisStore } from '../../store/redis-store.ts';
import type { Store } from '../../store/store.ts';
import { createJobLedger, type JobLedger } from './job-ledger.ts';

export function openJobs(
  storeSpec: string,
  leaseMs: number,
  logger: Logger,
  store?: Store,
): { ledger: JobLedger; journal: JobJournalBackend } {
  const journal = openJournal(storeSpec, leaseMs, store);
  return { ledger: createJobLedger(journal, logger), journal };
}

/** The journal alone; `owner` to share another thread's leases (the front door's thread). */
export function openJournal(
  storeSpec: string,
  leaseMs: number,
  store?: Store,
  owner?: string,
): JobJournalBackend {
  if (isRedisSpec(storeSpec)) {
    if (!store || !('redis' in store)) throw new Error('a Redis job journal needs the Redis store it shares');
    return openRedisJobJournal((store as RedisStore).redis, leaseMs, owner);
  }
  const path = storeSpec === 'memory' ? ':memory:' : storeSpec.replace(/^sqlite:/, '');
  try {
    return openJobJournal(path, leaseMs, owner);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CopydeskError('config', `COPYDESK_STORE: cannot open the SQLite file "${path}" (${reason}).`, {
      cause: error,
    });
  }
}
