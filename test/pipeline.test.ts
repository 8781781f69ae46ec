import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlmEngine } from '../src/analysis/llm/llm-engine.ts';
import { loadConfig } from '../src/config.ts';
import { CopydeskError } from '../src/errors.ts';
import { silentLogger } from '../src/logger.ts';
import { buildFactSheet, type PipelineDeps } from '../src/pipeline.ts';
import { openStore } from '../src/store/store.ts';
import type { FactSheet, ProgressEvent, SourceInput } from '../src/types.ts';
import { exampleResponder } from './support/example-llm.ts';
import { type FakeOpenAI, startFakeOpenAI } from './support/fake-openai-server.ts';
import { EXAMPLES, exampleText } from './support/fixtures.ts';

let llm: FakeOpenAI;
beforeAll(async () => {
  llm = await startFakeOpenAI(exampleResponder());
});
afterAll(async () => {
  await llm.close();
});

function deps(overrides: Partial<PipelineDeps> = {}): PipelineDeps {
  const config = loadConfig({ OPENAI_BASE_URL: llm.url, COPYDESK_LLM_MAX_RETRIES: '0' });
  return {
    engine: createLlmEngine(config, silentLogger()),
    store: openStore('memory'),
    readUrl: async (url) => {
      throw new CopydeskError('fetch_not_found', `The page at ${new URL(url).host} was not found (404).`);
    },
    logger: silentLogger(),
    concurrency: 4,
    maxWords: 6000,
    ...overrides,
  };
}

const inputs: SourceInput[] = EXAMPLES.map((name) => ({
  kind: 'text',
  text: exampleText(name),
  label: `${name}.txt`,
}));

describe('buildFactSheet on the examples', () => {
  let sheet: FactSheet;
  const events: ProgressEvent[] = [];
  beforeAll(async () => {
    sheet = await buildFactSheet(inputs, deps(), (event) => events.push(event));
  });

  it('analyses every source and reports usage from the API', () => {
    expect(sheet.sources.map((source) => source.id)).toEqual(['S1', 'S2', 'S3']);
    expect(sheet.failed).toEqual([]);
    expect(sheet.engine).toBe('llm');
    expect(sheet.promptVersion).toBe('extract.v2+compare.v2');
    expect(sheet.usage).toEqual({
      llmCalls: 4,
      inputTokens: 3 * 1500 + 2100,
      outputTokens: 3 * 420 + 380,
      cached: 0,
    });
  });

  it('never shows a fabricated quote, and keeps it marked in the data', () => {
    const fabricated = sheet.sources[0]?.quotes.find((quote) =>
      quote.text.startsWith('This is the darkest day'),
    );
    expect(fabricated).toMatchObject({ match: 'not_found', span: null, sourceText: null });
    const found = sheet.sources[0]?.quotes.filter((quote) => quote.match === 'verbatim') ?? [];
    expect(found.length).toBeGreaterThanOrEqual(6);
  });

  it('flags the spelling of the governor’s name', () => {
    const names = sheet.comparison?.disagreements.filter((item) => item.kind === 'name') ?? [];
    // One item for one spelling difference, with every source's own spelling.
    expect(names).toHaveLength(1);
    expect(names[0]?.versions.map((v) => `${v.source}:${v.text}`)).toEqual([
      'S1:Mirela Dragomir',
      'S2:Mirela Dragomyr',
      'S3:Mirela Dragomir',
    ]);
    expect(names[0]?.note).toBe('S1 and S3 spell it “Mirela Dragomir”; S2 spells it “Mirela Dragomyr”.');
  });

  it('flags the differing death toll and survivor count, with each source’s own words', () => {
    const numbers =
      sheet.comparison?.disagreements.filter((item) => item.kind === 'number' && item.foundBy === 'rule') ??
      [];
    const deaths = numbers.find((item) =>
      item.versions.some((v) => v.text.startsWith('Fourteen people died')),
    );
    // "Fourteen" against "at least 12": both can hold, so a reader is not misinformed; medium, not high.
    expect(deaths?.severity).toBe('medium');
    expect(deaths?.versions.map((v) => v.source)).toEqual(['S1', 'S2', 'S3']);
    const rescued = numbers.find((item) => item.versions.some((v) => v.text.includes('41 survivors')));
    expect(rescued?.versions.map((v) => v.text)).toContain(
      'Rescuers pulled 37 passengers from the water alive',
    );
    const qualifier = numbers.find((item) => item.severity === 'low');
    expect(qualifier?.note).toContain('more than 118');
  });

  it('finds the quote worded differently, with a word diff', () => {
    const variant = sheet.comparison?.quoteVariants.find((item) => item.speaker === 'Mirela Dragomir');
    expect(variant?.versions.map((v) => v.source)).toEqual(['S1', 'S2', 'S3']);
    expect(variant?.diff).toContainEqual({ op: 'added', text: 'single' });
  });

  it('flags the same words given to different people', () => {
    const attribution = sheet.comparison?.disagreements.find((item) => item.kind === 'attribution');
    expect(attribution?.topic).toBe('Who said “The boat was overloaded, everyone could see it”');
    expect(attribution?.note).toBe(
      'S1 attributes it to Jonas Berg; S2 attributes it to Piet Aaltonen; S3 attributes it to Jonas Berg',
    );
  });

  it('resolves the judge’s IDs to verbatim text and drops the invented ones', () => {
    const comparison = sheet.comparison;
    const title = comparison?.disagreements.find((item) => item.kind === 'title');
    expect(title?.versions).toEqual([
      {
        source: 'S1',
        text: 'Transport Minister Karel Hanus said an investigation had been opened',
        ref: 'S1.F7',
      },
      {
        source: 'S2',
        text: 'Deputy Transport Minister Karel Hanus said the government would publish the findings of its investigation.',
        ref: 'S2.F6',
      },
    ]);
    const loaded = comparison?.disagreements.find((item) => item.kind === 'characterisation');
    expect(loaded?.versions.map((v) => v.text)).toEqual([
      'in what relatives are calling a disaster that was waiting to happen',
      'Death trap on Lake Varna',
    ]);
    expect(comparison?.disagreements.some((item) => item.topic === 'Invented point')).toBe(false);
    expect(comparison?.singleSource).toEqual([
      {
        source: 'S2',
        statement: 'The harbour master says he raised concerns about crowding more than once.',
        ref: 'S2.Q4',
      },
    ]);
    // The judge's own death-toll item repeats the rule's, so it is listed once.
    expect(
      comparison?.disagreements.filter((item) => item.topic === 'Death toll').map((item) => item.foundBy),
    ).toEqual(['rule']);
  });

  it('orders disagreements by severity', () => {
    const order = { high: 0, medium: 1, low: 2 };
    const severities = sheet.comparison?.disagreements.map((item) => order[item.severity]) ?? [];
    expect(severities).toEqual([...severities].sort());
  });

  it('reports progress per source, then the comparison', () => {
    expect(
      events
        .filter((e) => e.stage === 'done')
        .map((e) => e.sourceId)
        .sort(),
    ).toEqual(['S1', 'S2', 'S3']);
    expect(events.at(-1)).toEqual({ stage: 'comparing' });
  });
});

describe('buildFactSheet caching and failure', () => {
  it('makes no LLM call for a repeat of the same sources, whatever their order', async () => {
    const shared = deps();
    await buildFactSheet(inputs, shared);
    const before = llm.requests.length;
    const again = await buildFactSheet([...inputs].reverse(), shared);
    expect(llm.requests.length).toBe(before);
    expect(again.usage).toEqual({ llmCalls: 0, inputTokens: 0, outputTokens: 0, cached: 4 });
    expect(
      again.comparison?.disagreements.find((item) => item.kind === 'title')?.versions.map((v) => v.source),
    ).toEqual(['S2', 'S3']);
  });

  it('lists a source that failed with its reason and analyses the rest', async () => {
    const sheet = await buildFactSheet(
      [inputs[0] as SourceInput, { kind: 'url', url: 'https://news.example/gone' }, inputs[1] as SourceInput],
      deps(),
    );
    expect(sheet.sources.map((source) => source.id)).toEqual(['S1', 'S3']);
    expect(sheet.failed).toEqual([
      {
        id: 'S2',
        label: 'https://news.example/gone',
        code: 'fetch_not_found',
        reason: 'The page at news.example was not found (404).',
      },
    ]);
    expect(sheet.comparison).not.toBeNull();
  });

  it('gives no comparison for a single source', async () => {
    const sheet = await buildFactSheet([inputs[2] as SourceInput], deps());
    expect(sheet.comparison).toBeNull();
    expect(sheet.sources[0]?.summary).toMatch(/^At least 12 people/);
  });
});

describe('buildFactSheet when the judge fails', () => {
  it('keeps every source’s sheet and the rule-based comparison, and says what happened', async () => {
    const judgeDown = await startFakeOpenAI((request, index) =>
      request.body.response_format?.json_schema?.name === 'source_comparison'
        ? { status: 503, body: { error: { message: 'overloaded', type: 'server_error' } } }
        : exampleResponder()(request, index),
    );
    try {
      const config = loadConfig({ OPENAI_BASE_URL: judgeDown.url, COPYDESK_LLM_MAX_RETRIES: '0' });
      const sheet = await buildFactSheet(inputs, deps({ engine: createLlmEngine(config, silentLogger()) }));
      expect(sheet.sources).toHaveLength(3);
      expect(sheet.comparison?.note).toBe(
        `Only the rule-based comparison is shown: The model server (${new URL(judgeDown.url).host}) failed while comparing the sources. Try again shortly.`,
      );
      expect(sheet.comparison?.disagreements.some((item) => item.kind === 'name')).toBe(true);
      expect(sheet.comparison?.disagreements.every((item) => item.foundBy === 'rule')).toBe(true);
    } finally {
      await judgeDown.close();
    }
  });
});
