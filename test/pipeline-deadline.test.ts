// Issue 9: one deadline per sheet. A model that never answers costs the deadline, not timeout × tries
// (60 s × 3 = 182 s before): the sheet holds what was ready, names what is missing and why. Nothing is timed
// here: a test that waited out the old 60 s timeout would fail on vitest's own bound.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlmEngine } from '../src/analysis/llm/llm-engine.ts';
import { loadConfig } from '../src/config.ts';
import { CopydeskError } from '../src/errors.ts';
import { silentLogger } from '../src/logger.ts';
import { buildFactSheet, type PipelineDeps } from '../src/pipeline.ts';
import { openStore } from '../src/store/store.ts';
import type { SourceInput } from '../src/types.ts';
import { createDeadline, type Deadline } from '../src/util/deadline.ts';
import { exampleResponder } from './support/example-llm.ts';
import { articleOf, type FakeOpenAI, schemaName, startFakeOpenAI } from './support/fake-openai-server.ts';
import { EXAMPLES, exampleText } from './support/fixtures.ts';

const answers = exampleResponder();
/** Answers two articles like the examples' model; never answers the Ledger's article, nor the judge when told. */
let judgeHangs = false;
let llm: FakeOpenAI;
beforeAll(async () => {
  llm = await startFakeOpenAI((request, index) => {
    const hangs =
      schemaName(request) === 'source_comparison' ? judgeHangs : /flipped over/.test(articleOf(request));
    return hangs ? new Promise(() => {}) : answers(request, index);
  });
});
afterAll(async () => {
  await llm.close();
});

function deps(): PipelineDeps {
  // The defaults a user has: 60 s per try and two retries, which the deadline must cut down.
  const config = loadConfig({ OPENAI_BASE_URL: llm.url });
  return {
    engine: createLlmEngine(config, silentLogger()),
    store: openStore('memory'),
    readUrl: async () => {
      throw new CopydeskError('fetch_failed', 'no links here');
    },
    logger: silentLogger(),
    concurrency: 4,
    maxWords: 6000,
  };
}

const inputs: SourceInput[] = EXAMPLES.map((name) => ({
  kind: 'text',
  text: exampleText(name),
  label: name,
}));

describe('one deadline per sheet', () => {
  it('a source the model never answers is "not read in time"; the rest is shown and the comparison skipped', async () => {
    judgeHangs = false;
    const sheet = await buildFactSheet(inputs, deps(), () => {}, { deadline: createDeadline(3_000) });
    expect(sheet.sources.map((source) => source.id)).toEqual(['S1', 'S2']);
    expect(sheet.failed).toEqual([
      {
        id: 'S3',
        label: 'daily-ledger',
        code: 'deadline',
        reason: "Not read in time: the fact sheet's time limit (3 s) ran out before this source was read.",
      },
    ]);
    // The hung source used up the time: nothing is compared, and the sheet says so where the comparison goes.
    expect(sheet.comparison?.note).toBe(
      "Not compared: the fact sheet's time limit (3 s) ran out before the sources could be compared.",
    );
    expect(sheet.comparison?.disagreements).toEqual([]);
  }, 30_000);

  it('a judge that never answers leaves the rule-based comparison, with the reason', async () => {
    judgeHangs = true;
    const sheet = await buildFactSheet(inputs.slice(0, 2), deps(), () => {}, {
      deadline: createDeadline(3_000),
    });
    expect(sheet.failed).toEqual([]);
    expect(sheet.sources).toHaveLength(2);
    expect(sheet.comparison?.note).toBe(
      "Only the rule-based comparison is shown: The fact sheet's time limit (3 s) ran out while comparing the sources.",
    );
  }, 30_000);

  it('time already up: nothing is sent to the model and every source says why it is missing', async () => {
    const before = llm.requests.length;
    const spent: Deadline = createDeadline(1_000, Date.now() - 5_000);
    const sheet = await buildFactSheet(inputs, deps(), () => {}, { deadline: spent });
    expect(sheet.sources).toEqual([]);
    expect(sheet.failed.map((failed) => failed.code)).toEqual(['deadline', 'deadline', 'deadline']);
    expect(llm.requests.length).toBe(before);
  });
});
