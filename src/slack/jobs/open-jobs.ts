// The job ledger on the same store as the cache and claims: the SQLite file of COPYDESK_STORE (by default in
// the data directory), or an in-memory database for COPYDESK_STORE=memory.
import { CopydeskError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import { type JobJournal, openJobJournal } from '../../store/job-journal.ts';
import { createJobLedger, type JobLedger } from './job-ledger.ts';

export function openJobs(
  storeSpec: string,
  leaseMs: number,
  logger: Logger,
): { ledger: JobLedger; journal: JobJournal } {
  const path = storeSpec === 'memory' ? ':memory:' : storeSpec.replace(/^sqlite:/, '');
  let journal: JobJournal;
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
