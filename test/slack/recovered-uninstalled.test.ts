// A job left by a dead process, whose workspace has since uninstalled copydesk, cannot be answered now or
// later: recovery drops it once, with a log line, instead of taking it up again every lease.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../src/logger.ts';
import { createJobLedger } from '../../src/slack/jobs/job-ledger.ts';
import { InstallationError } from '../../src/slack/oauth/installation-store.ts';
import { openJobJournal } from '../../src/store/job-journal.ts';
import { freshDataDir } from '../support/data-dir.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('recovering a job of an uninstalled workspace', () => {
  it('drops it once, logged, and never takes it up again', async () => {
    const dir = freshDataDir();
    const path = join(dir, 'jobs.sqlite');
    const dead = openJobJournal(path, 30);
    dead.accept({
      id: 'event:EvGONE',
      team: 'T0GONE',
      keys: [],
      reply: {
        kind: 'placeholder',
        channel: 'C0GONE',
        threadTs: '1800000000.000001',
        ts: '1800000000.000002',
      },
    });
    dead.close();
    await sleep(60);

    const lines: string[] = [];
    const note = (_fields: unknown, message: string) => lines.push(message);
    const logger = { warn: note, error: note, info: note } as unknown as Logger;
    const journal = openJobJournal(path, 30);
    const ledger = createJobLedger(journal, logger);
    const asked: string[] = [];
    ledger.start(async (team) => {
      asked.push(team);
      throw new InstallationError('not_installed', `copydesk is not installed in workspace ${team}`);
    });
    try {
      for (let i = 0; i < 100 && !lines.includes('a recovered job is dropped: no usable installation'); i++) {
        await sleep(10);
      }
      await sleep(150);
    } finally {
      ledger.stop();
    }
    expect(lines).toContain('a recovered job is dropped: no usable installation');
    expect(asked).toEqual(['T0GONE']);
    expect(journal.takeExpired()).toEqual([]);
    journal.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
