// The offline engine with its reading done in the CPU pool: the same rules, names and cache keys as the
// in-thread engine, so cached analyses are shared; a 6,000-word paste no longer holds up other workspaces.
import type { Engine } from '../analysis/engine.ts';
import { NO_USAGE } from '../analysis/engine.ts';
import { OFFLINE_RULES_VERSION } from '../analysis/offline/rules-version.ts';
import type { RawAnalysis } from '../types.ts';
import type { CpuPool } from './cpu-pool.ts';

export function createPooledOfflineEngine(pool: CpuPool): Engine {
  return {
    name: 'offline',
    model: null,
    promptVersion: OFFLINE_RULES_VERSION,
    extract: async (article) => ({
      value: await pool.run<RawAnalysis>({ kind: 'offline', article }),
      usage: { ...NO_USAGE },
    }),
    judge: async () => null,
  };
}
