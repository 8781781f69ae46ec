// Caches the judge's answer by the set of texts compared, whatever their order on the command line:
// IDs are stored against text hashes ("<hash>.F2") and mapped back to this run's IDs ("S1.F2") on the way out.

import type { SourceSheet } from '../../types.ts';
import { addUsage } from '../../usage.ts';
import type { Judgement } from '../engine.ts';
import type { CompareDeps } from './compare-sources.ts';

const JUDGEMENT_TTL_MS = 30 * 24 * 3600_000;

export async function cachedJudgement(
  sheets: SourceSheet[],
  deps: CompareDeps,
  run: () => ReturnType<CompareDeps['engine']['judge']>,
): Promise<Judgement | null> {
  const { engine, store } = deps;
  const key = `judgement:${engine.name}:${engine.model ?? '-'}:${engine.promptVersion}:${sheets
    .map((sheet) => sheet.textHash)
    .sort()
    .join('+')}`;
  const toHash = new Map(sheets.map((sheet) => [sheet.id, sheet.textHash]));
  const toId = new Map(sheets.map((sheet) => [sheet.textHash, sheet.id]));

  const hit = store ? await store.get<Judgement>(key) : undefined;
  if (hit) {
    deps.usage.cached += 1;
    return mapRefs(hit, toId);
  }
  const result = await run();
  if (result === null) return null;
  addUsage(deps.usage, result.usage);
  await store?.set(key, mapRefs(result.value, toHash), JUDGEMENT_TTL_MS);
  return result.value;
}

/** Rewrites the part of each ref before the first dot; refs whose prefix is unknown are left to be dropped later. */
function mapRefs(judgement: Judgement, prefixes: Map<string, string>): Judgement {
  const map = (ref: string) => {
    const dot = ref.indexOf('.');
    const prefix = dot < 0 ? ref : ref.slice(0, dot);
    const replaced = prefixes.get(prefix);
    return replaced === undefined ? ref : `${replaced}${ref.slice(prefix.length)}`;
  };
  return {
    consensus: judgement.consensus.map((item) => ({ ...item, refs: item.refs.map(map) })),
    disagreements: judgement.disagreements.map((item) => ({ ...item, refs: item.refs.map(map) })),
    singleSource: judgement.singleSource.map((item) => ({ ...item, ref: map(item.ref) })),
  };
}
