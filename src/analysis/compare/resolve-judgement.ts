// Turns the judge's ID-based answer into verbatim source text. IDs the judge invented are dropped, and so is
// any item left without enough real evidence (a disagreement needs two sources, consensus needs two).
import type { Comparison, Disagreement, SourceSheet, SourceVersion } from '../../types.ts';
import type { Judgement } from '../engine.ts';
import { bySourceOrder } from './source-order.ts';

export interface ResolvedJudgement {
  consensus: Comparison['consensus'];
  disagreements: Disagreement[];
  singleSource: Comparison['singleSource'];
  /** How many IDs did not exist: logged, never shown. */
  unknownRefs: number;
}

export function resolveJudgement(judgement: Judgement, sheets: SourceSheet[]): ResolvedJudgement {
  const lookup = new Map<string, SourceVersion>();
  for (const sheet of sheets) {
    for (const item of [...sheet.quotes, ...sheet.facts]) {
      // Only text found in the source can stand as a source's version.
      if (item.sourceText !== null)
        lookup.set(item.id, { source: sheet.id, text: item.sourceText, ref: item.id });
    }
  }
  let unknownRefs = 0;
  const resolve = (refs: string[]): SourceVersion[] => {
    const versions: SourceVersion[] = [];
    for (const ref of new Set(refs)) {
      const version = lookup.get(ref.trim());
      if (version) versions.push(version);
      else unknownRefs++;
    }
    // Readers scan S1, S2, S3 in order, whatever order the judge cited them in.
    return versions.sort(bySourceOrder);
  };
  const sourcesOf = (versions: SourceVersion[]) => [...new Set(versions.map((v) => v.source))];

  const disagreements: Disagreement[] = [];
  for (const item of judgement.disagreements) {
    const versions = resolve(item.refs);
    if (sourcesOf(versions).length < 2) continue;
    disagreements.push({
      ...item,
      topic: item.topic.trim(),
      note: item.note.trim(),
      versions,
      foundBy: 'llm',
    });
  }
  const consensus: Comparison['consensus'] = [];
  for (const item of judgement.consensus) {
    const sources = sourcesOf(resolve(item.refs));
    if (sources.length >= 2) consensus.push({ statement: item.statement.trim(), sources });
  }
  const singleSource: Comparison['singleSource'] = [];
  for (const item of judgement.singleSource) {
    const [version] = resolve([item.ref]);
    if (version)
      singleSource.push({ source: version.source, statement: item.statement.trim(), ref: version.ref });
  }
  return { consensus, disagreements, singleSource, unknownRefs };
}
