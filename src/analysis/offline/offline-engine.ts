// TEMPORARY placeholder until the offline engine lands.
import { CopydeskError } from '../../errors.ts';
import type { Engine } from '../engine.ts';

export function createOfflineEngine(): Engine {
  return {
    name: 'offline',
    model: null,
    promptVersion: 'offline-v0',
    extract: async () => {
      throw new CopydeskError('llm_not_configured', 'The offline engine is not built yet.');
    },
    judge: async () => null,
  };
}
