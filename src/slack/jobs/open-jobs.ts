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
  if (isRedisSpec(storeSpec)) {
    if (!store || !('redis' in store)) throw new Error('a Redis job journal needs the Redis store it shares');
    const journal = openRedisJobJournal((store as RedisStore).redis, leaseMs);
    return { ledger: createJobLedger(journal, logger), journal };
  }
  const path = storeSpec === 'memory' ? ':memory:' : storeSpec.replace(/^sqlite:/, '');
  let journal: JobJournalBackend;
  try {
    journal = openJobJournal(path, leaseMs);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CopydeskError('config', `COPYDESK_STORE: cannot open the SQLite file "${path}" (${reason}).`, {
      cause: error,
    });
  }
  return { ledger: createJobLedger(journal, logger), journal };
}
