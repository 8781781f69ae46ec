// Pipeline figures against a local stub LLM with fixed latency: end-to-end against the two-round minimum,
// our own overhead, a cache hit, and tokens sent per sheet.

import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
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
  /** Tokens per call, the JSON schema of its response format included. */
  calls: { purpose: 'extract' | 'compare'; tokens: number; fixed: number }[];
}

/** The encoding of the models copydesk defaults to (gpt-4.1 and later): real counts, not chars/4. */
const tokens = (text: string) => countTokens(text);

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
    // Each call: its messages and the response schema the provider also reads. The fixed part is what the
    // call costs before any article text: system prompt and schema.
    const calls = llm.requests.map((request) => {
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
      twoRoundMinimumMs,
      overhead: summarize(endToEnd.map((ms) => ms - twoRoundMinimumMs)),
      cacheHit: summarize(cacheHit),
      promptTokensPerSheet,
      articleTokensPerSheet,
      calls,
    };
  } finally {
    await llm.close();
  }
}
