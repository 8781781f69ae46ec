// What a CLI run on pasted text must not load: each of these is megabytes resident (the bench's peak RSS row)
// for a feature the run does not use. The Redis client is ~480 modules; keyv is the cache --no-cache turns off;
// compromise is the offline engine's; linkedom and Readability read web pages, never a file; fetch brings Node's
// undici bundle, where the model calls need only node:http.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleResponder } from '../support/example-llm.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server.ts';
import { EXAMPLES, examplePath } from '../support/fixtures.ts';
import { packagesLoaded, runRecordingModules } from '../support/module-recorder.ts';

let llm: FakeOpenAI;
let env: Record<string, string>;
beforeAll(async () => {
  llm = await startFakeOpenAI(exampleResponder());
  env = {
    OPENAI_BASE_URL: llm.url,
    OPENAI_API_KEY: 'sk-test-lean',
    XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'copydesk-lean-')),
  };
});
afterAll(async () => {
  await llm.close();
});

const pageReaders = ['@mozilla/readability', 'linkedom'];
const redis = ['@keyv/redis', '@redis/client'];

describe('a CLI run with the LLM', () => {
  it('with --no-cache loads no store, no offline engine and no page reader', async () => {
    const run = await runRecordingModules([...EXAMPLES.map(examplePath), '--no-cache'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const loaded = packagesLoaded(run.modules);
    expect(loaded).toContain('zod');
    for (const name of [...redis, 'keyv', '@keyv/sqlite', 'compromise', ...pageReaders])
      expect(loaded).not.toContain(name);
    expect(run.internals).toContain('http');
    expect(run.internals).not.toContain('internal/deps/undici/undici');
  });

  it('with its SQLite cache loads keyv but not the Redis client', async () => {
    const run = await runRecordingModules(EXAMPLES.map(examplePath), env);
    expect(run.code).toBe(0);
    const loaded = packagesLoaded(run.modules);
    expect(loaded).toContain('@keyv/sqlite');
    for (const name of redis) expect(loaded).not.toContain(name);
  });
});
