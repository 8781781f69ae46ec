// The offline engine as the runtime hands it out: its rules and word lists (about 20 MB resident) load on the
// first article, so a process that only ever uses the LLM never loads them.
import type { Engine } from '../engine.ts';
import { OFFLINE_RULES_VERSION } from './rules-version.ts';

export function createLazyOfflineEngine(): Engine {
  let engine: Promise<Engine> | undefined;
  const load = (): Promise<Engine> => {
    engine ??= import('./offline-engine.ts').then((module) => module.createOfflineEngine());
    return engine;
  };
  return {
    name: 'offline',
    model: null,
    promptVersion: OFFLINE_RULES_VERSION,
    extract: async (article) => (await load()).extract(article),
    judge: async () => null,
  };
}
