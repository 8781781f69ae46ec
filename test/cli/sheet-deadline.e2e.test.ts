// Issue 9: one deadline per sheet, on the command line. A model that never answers costs the deadline
// (COPYDESK_SHEET_DEADLINE_MS, 3 s here) rather than 60 s × 3 tries: the sheet shows what was ready and
// stderr names what is missing and why. Nothing is timed: the old code would outlast vitest's bound.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleResponder } from '../support/example-llm.ts';
import { articleOf, type FakeOpenAI, schemaName, startFakeOpenAI } from '../support/fake-openai-server.ts';
import { EXAMPLES, examplePath } from '../support/fixtures.ts';
import { copydesk } from './run-copydesk.ts';

const answers = exampleResponder();
let llm: FakeOpenAI;
beforeAll(async () => {
  // Answers the Courier and the Wire; never answers the Ledger.
  llm = await startFakeOpenAI((request, index) =>
    schemaName(request) !== 'source_comparison' && /flipped over/.test(articleOf(request))
      ? new Promise(() => {})
      : answers(request, index),
  );
});
afterAll(async () => {
  await llm.close();
});

/** The LLM settings a user has by default (60 s a try, two retries): the deadline must cut them down. */
const env = () => ({ OPENAI_BASE_URL: llm.url, COPYDESK_SHEET_DEADLINE_MS: '3000' });

describe('the CLI within the sheet deadline', () => {
  it('prints the sheet of what was read, and names the source not read in time', async () => {
    const run = await copydesk(
      EXAMPLES.map((name) => examplePath(name)),
      env(),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Lake Varna');
    expect(run.stdout).toContain("Not compared: the fact sheet's time limit (3 s) ran out");
    expect(run.stderr).toContain(
      "copydesk: S3 skipped: Not read in time: the fact sheet's time limit (3 s) ran out before this source was read.",
    );
  }, 30_000);

  it('nothing read in time: exit 1 with one line saying why', async () => {
    const run = await copydesk([examplePath('daily-ledger')], env());
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      "copydesk: Not read in time: the fact sheet's time limit (3 s) ran out before this source was read.",
    ]);
  }, 30_000);
});
