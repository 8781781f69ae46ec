// A workspace's model (App Home) as the pipeline's engine: the environment's engine for the default model, and
// one more LLM engine per other model, made once. The engine's model is in every cache key, so a workspace that
// changes model never reads another model's analyses.
import type { Engine } from '../../analysis/engine.ts';
import { createLlmEngine } from '../../analysis/llm/llm-engine.ts';
import type { Config } from '../../config.ts';
import type { Logger } from '../../logger.ts';
import type { PipelineDeps } from '../../pipeline.ts';

export function depsForModel(
  deps: PipelineDeps,
  config: Config,
  logger: Logger,
): (model: string | null | undefined) => PipelineDeps {
  const engines = new Map<string, Engine>();
  return (model) => {
    // Offline (no LLM), or the default model: the environment's own engine.
    if (!model || deps.engine.name !== 'llm' || model === deps.engine.model) return deps;
    let engine = engines.get(model);
    if (!engine) {
      engine = createLlmEngine({ ...config, COPYDESK_MODEL: model }, logger);
      engines.set(model, engine);
    }
    return { ...deps, engine };
  };
}
