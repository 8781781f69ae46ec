// One temporary directory per test run, removed when the run ends. Every directory the tests and the bots they
// start make with tmpdir() (data directories, caches, SQLite files, the front door's socket) goes under it:
// workers and child processes inherit TMPDIR. Without it each run left some sixty directories in /tmp, from
// tests that keep theirs and from bots a restart test kills before they can remove their own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'copydesk-test-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
