// A fresh data directory for a bot under test: its SQLite store (the bot's default: cache, claims, job journal)
// must not be shared with other tests, or one test's unfinished jobs would be answered into another's Slack.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'copydesk-data-'));
}
