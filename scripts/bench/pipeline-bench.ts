// Pipeline figures against a stub LLM with fixed latency: end-to-end against the two-round minimum, our own
// overhead, a cache hit, and tokens sent per sheet. The timed stub runs in its own process, as a provider would:
// its reading of requests and writing of replies is not the pipeline's overhead.

import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { createLlmEngine } from '../../src/analysis/llm/llm-engine.ts';
import { loadConfig } from '../../src/config.ts';
import { CopydeskError } from '../../src/errors.ts';
import { silentLogger } from '../../src/logger.ts';
import { buildFactSheet, type PipelineDeps } from '../../src/pipeline.ts';
import { openStore } from '../../src/store/store.ts';
import { exampleResponder } from '../../test/support/example-llm.ts';
import { startFakeOpenAI } from '../../test/support/fake-openai-server.ts';
import { bareModelRounds } from './bare-model-rounds.ts';
import { spawnLine, stopProcess } from './slack/spawn-line.ts';
import { fiveSources } from './sources.ts';
import { type Summary, summarize, timeRuns } from './stats.ts';

export interface PipelineFigures {
  latencyMs: number;
  endToEnd: Summary;
  twoRoundMinimumMs: number;
  /** The same model rounds sent by a bare client to the same stub, each run just before a sheet. */
  floor: Summary;
  /** Each sheet's time minus the floor run just before it. */
  overhead: Summary;
  cacheHit: Summary;
  promptTokensPerSheet: number;
  articleTokensPerSheet: number;
  /** Tokens per call, the JSON schema of its response format included. */
  calls: { purpose: 'extract' | 'compare'; tokens: number; fixed: number }[];
}

/** The encoding of the models copydesk defaults to (gpt-4.1 and later): real counts, not chars/4. */
const tokens = (text: string) => countTokens(text);

export async function benchPipeline(runs: number, latencyMs: number): Promise<PipelineFigures> {
  // The stubs keep idle connections longer than the client does, as a provider does: calls reuse them.
  const timed = await spawnLine<{ llmUrl: string }>('./doubles.ts', [`--llm-delay-ms=${latencyMs}`]);
  // The token count reads the requests themselves, so its stub is in this process (its time is not measured).
  const counting = await startFakeOpenAI(exampleResponder(), { keepAliveMs: 65_000 });
  // One engine for every sheet, as the app and the CLI make one per process (its client is built on first use).
  const engineFor = (url: string) => {
    const config = loadConfig({ OPENAI_BASE_URL: url, OPENAI_API_KEY: 'bench' });
    return { engine: createLlmEngine(config, silentLogger()), config };
  };
  const timedEngine = engineFor(timed.line.llmUrl);
  const countingEngine = engineFor(counting.url);
  const deps = (store: PipelineDeps['store'], { engine, config } = timedEngine): PipelineDeps => ({
    engine,
    store,
    readUrl: async () => {
      throw new CopydeskError('fetch_failed', 'not used');
    },
    logger: silentLogger(),
    concurrency: config.COPYDESK_CONCURRENCY,
    maxWords: config.COPYDESK_MAX_WORDS,
  });
  try {
    // The requests a sheet sends, recorded first: token counts, and the floor's bare client sends them again.
    const sample = fiveSources('tokens');
    await buildFactSheet(sample, deps(null, countingEngine));
    const floorRounds = bareModelRounds(timed.line.llmUrl, counting.requests);

    // Warm up module loading and connections so the first sample is not an outlier.
    await floorRounds();
    await buildFactSheet(fiveSources('warm'), deps(null));
    const floor: number[] = [];
    const endToEnd: number[] = [];
    for (let round = 0; round < runs; round++) {
      floor.push(...(await timeRuns(1, floorRounds)));
      endToEnd.push(...(await timeRuns(1, () => buildFactSheet(fiveSources(`run${round}`), deps(null)))));
    }

    const store = openStore('memory');
    const cached = fiveSources('cached');
    await buildFactSheet(cached, deps(store));
    const cacheHit = await timeRuns(runs, () => buildFactSheet(cached, deps(store)));
    await store.close();

    // Each call: its messages and the response schema the provider also reads. The fixed part is what the
    // call costs before any article text: system prompt and schema.
    const calls = counting.requests.map((request) => {
      const schema = tokens(JSON.stringify(request.body.response_format ?? {}));
      const [system, ...rest] = request.body.messages;
      const fixed = tokens(system?.content ?? '') + schema;
      const isCompare = (rest[0]?.content ?? '').startsWith('<sources>');
      return {
        purpose: isCompare ? ('compare' as const) : ('extract' as const),
        tokens: fixed + rest.reduce((n, message) => n + tokens(message.content), 0),
        fixed,
      };
    });
    const promptTokensPerSheet = calls.reduce((sum, call) => sum + call.tokens, 0);
    const articleTokensPerSheet = sample.reduce(
      (sum, input) => sum + (input.kind === 'text' ? tokens(input.text) : 0),
      0,
    );
    return {
      latencyMs,
      endToEnd: summarize(endToEnd),
      twoRoundMinimumMs: 2 * latencyMs,
      floor: summarize(floor),
      overhead: summarize(endToEnd.map((ms, round) => ms - (floor[round] as number))),
      cacheHit: summarize(cacheHit),
      promptTokensPerSheet,
      articleTokensPerSheet,
      calls,
    };
  } finally {
    await Promise.all([stopProcess(timed.child), counting.close()]);
  }
}
