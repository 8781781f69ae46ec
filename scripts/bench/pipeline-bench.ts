// Pipeline figures against a local stub LLM with fixed latency: end-to-end against the two-round minimum,
// our own overhead, a cache hit, and tokens sent per sheet.
import { createLlmEngine } from '../../src/analysis/llm/llm-engine.ts';
import { loadConfig } from '../../src/config.ts';
import { CopydeskError } from '../../src/errors.ts';
import { silentLogger } from '../../src/logger.ts';
import { buildFactSheet, type PipelineDeps } from '../../src/pipeline.ts';
import { openStore } from '../../src/store/store.ts';
import { exampleResponder } from '../../test/support/example-llm.ts';
import { startFakeOpenAI } from '../../test/support/fake-openai-server.ts';
import { fiveSources } from './sources.ts';
import { type Summary, summarize, timeRuns } from './stats.ts';

export interface PipelineFigures {
  latencyMs: number;
  endToEnd: Summary;
  twoRoundMinimumMs: number;
  overhead: Summary;
  cacheHit: Summary;
  promptTokensPerSheet: number;
  articleTokensPerSheet: number;
}

/** The usual rule of thumb for English text; applied the same way to both sides of the ratio. */
const estimateTokens = (text: string) => Math.round(text.length / 4);

export async function benchPipeline(runs: number, latencyMs: number): Promise<PipelineFigures> {
  // The stub keeps idle connections longer than the client does, as a provider does: calls reuse them.
  const llm = await startFakeOpenAI(exampleResponder({ delayMs: latencyMs }), { keepAliveMs: 65_000 });
  const config = loadConfig({ OPENAI_BASE_URL: llm.url, OPENAI_API_KEY: 'bench' });
  const deps = (store: PipelineDeps['store']): PipelineDeps => ({
    engine: createLlmEngine(config, silentLogger()),
    store,
    readUrl: async () => {
      throw new CopydeskError('fetch_failed', 'not used');
    },
    logger: silentLogger(),
    concurrency: config.COPYDESK_CONCURRENCY,
    maxWords: config.COPYDESK_MAX_WORDS,
  });
  try {
    // Warm up module loading and connections so the first sample is not an outlier.
    await buildFactSheet(fiveSources('warm'), deps(null));
    let round = 0;
    const endToEnd = await timeRuns(runs, () => buildFactSheet(fiveSources(`run${round++}`), deps(null)));
    const twoRoundMinimumMs = 2 * latencyMs;

    const store = openStore('memory');
    const cached = fiveSources('cached');
    await buildFactSheet(cached, deps(store));
    const cacheHit = await timeRuns(runs, () => buildFactSheet(cached, deps(store)));
    await store.close();

    llm.requests.length = 0;
    const sample = fiveSources('tokens');
    await buildFactSheet(sample, deps(null));
    const promptTokensPerSheet = llm.requests.reduce(
      (sum, request) =>
        sum + request.body.messages.reduce((n, message) => n + estimateTokens(message.content), 0),
      0,
    );
    const articleTokensPerSheet = sample.reduce(
      (sum, input) => sum + (input.kind === 'text' ? estimateTokens(input.text) : 0),
      0,
    );
    return {
      latencyMs,
      endToEnd: summarize(endToEnd),
      twoRoundMinimumMs,
      overhead: summarize(endToEnd.map((ms) => ms - twoRoundMinimumMs)),
      cacheHit: summarize(cacheHit),
      promptTokensPerSheet,
      articleTokensPerSheet,
    };
  } finally {
    await llm.close();
  }
}
