// Builds the pipeline's dependencies from configuration. Shared by the CLI and the Slack app.
import type { Engine } from './analysis/engine.ts';
import { createLlmEngine } from './analysis/llm/llm-engine.ts';
import { createLazyOfflineEngine } from './analysis/offline/lazy-offline-engine.ts';
import { type Config, llmConfigured } from './config.ts';
import { createUrlReader } from './ingest/web/read-url.ts';
import type { Logger } from './logger.ts';
import type { PipelineDeps } from './pipeline.ts';
import { openConfiguredStore } from './store/open-configured-store.ts';
import type { Store } from './store/store.ts';
import { type CpuPool, createCpuPool } from './work/cpu-pool.ts';
import { createPooledOfflineEngine } from './work/pooled-offline-engine.ts';

export interface RuntimeOptions {
  /** Force the offline engine even when an LLM is configured. */
  offline?: boolean;
  /** Store spec to use when COPYDESK_STORE is unset; null for no cache at all. */
  defaultStore: string | null;
  /** Ignore COPYDESK_STORE and cache nothing (the CLI's --no-cache). */
  noCache?: boolean;
  /**
   * Run HTML extraction and the offline engine in a bounded pool of worker threads with a time budget (the
   * Slack app: its event loop must stay free to acknowledge events). The CLI reads in its own thread.
   */
  offThread?: boolean;
}

export interface Runtime {
  deps: PipelineDeps;
  store: Store | null;
  close(): Promise<void>;
}

export async function createRuntime(
  config: Config,
  logger: Logger,
  options: RuntimeOptions,
): Promise<Runtime> {
  const spec = options.noCache ? null : (config.COPYDESK_STORE ?? options.defaultStore);
  const store = spec ? await openConfiguredStore(spec, logger) : null;
  const pool: CpuPool | null = options.offThread
    ? createCpuPool({ size: config.COPYDESK_CPU_WORKERS, budgetMs: config.COPYDESK_CPU_BUDGET_MS, logger })
    : null;
  const offline = pool ? createPooledOfflineEngine(pool) : createLazyOfflineEngine();
  const engine: Engine =
    options.offline || !llmConfigured(config) ? offline : createLlmEngine(config, logger);
  const readUrl = createUrlReader({
    store,
    allow: config.COPYDESK_FETCH_ALLOW,
    timeoutMs: config.COPYDESK_FETCH_TIMEOUT_MS,
    logger,
    ...(pool ? { extract: (html: string, url: string) => pool.run({ kind: 'extract', html, url }) } : {}),
  });
  return {
    deps: {
      engine,
      store,
      readUrl,
      logger,
      concurrency: config.COPYDESK_CONCURRENCY,
      maxWords: config.COPYDESK_MAX_WORDS,
    },
    store,
    close: async () => {
      await pool?.close();
      await store?.close();
    },
  };
}
