// Runs one engine over the real corpora in ../shared/data through the whole pipeline (ingest → engine →
// grounding → comparison) and scores what a reader would be shown. The corpora are optional: a clone
// without ../shared simply has no real-text figures.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../../analysis/engine.ts';
import { CopydeskError } from '../../errors.ts';
import { silentLogger } from '../../logger.ts';
import { buildFactSheet } from '../../pipeline.ts';
import type { FactSheet } from '../../types.ts';
import { shownPassages } from '../shown-passages.ts';
import {
  type BasilCounts,
  type BasilErrors,
  emptyBasilCounts,
  loadBasilLabelled,
  type ShownFlag,
  scoreBasilFlags,
  scoreBasilQuotes,
} from './basil.ts';
import {
  emptyPolnearCounts,
  emptyPolnearErrors,
  loadPolnear,
  type PolnearCounts,
  type PolnearErrors,
  scorePolnearArticle,
} from './polnear.ts';

export interface RealEvalReport {
  engine: string;
  polnear: { split: string; articles: number; counts: PolnearCounts; errors: PolnearErrors } | null;
  basil: { events: number; counts: BasilCounts; errors: BasilErrors } | null;
}

export function realDataDir(root: string): string | null {
  const dir = join(root, '..', 'shared', 'data');
  return existsSync(join(dir, 'polnear')) || existsSync(join(dir, 'basil')) ? dir : null;
}

export async function runRealEval(engine: Engine, dataDir: string, split = 'dev'): Promise<RealEvalReport> {
  return {
    engine: engine.name,
    polnear: existsSync(join(dataDir, 'polnear', split))
      ? await runPolnear(engine, join(dataDir, 'polnear', split), split)
      : null,
    basil: existsSync(join(dataDir, 'basil')) ? await runBasil(engine, join(dataDir, 'basil')) : null,
  };
}

async function runPolnear(engine: Engine, dir: string, split: string): Promise<RealEvalReport['polnear']> {
  const articles = loadPolnear(dir);
  const counts = emptyPolnearCounts();
  const errors = emptyPolnearErrors();
  for (const article of articles) {
    const sheet = await sheetFor(engine, [{ file: article.file, text: article.text }]);
    const source = sheet.sources[0];
    scorePolnearArticle(article, source ? shownPassages(source) : [], counts, errors);
  }
  return { split, articles: articles.length, counts, errors };
}

async function runBasil(engine: Engine, dir: string): Promise<RealEvalReport['basil']> {
  const events = loadBasilLabelled(dir);
  const counts = emptyBasilCounts();
  const errors: BasilErrors = {
    missed: [],
    spurious: [],
    wrongSpeaker: [],
    unmatchedFlags: [],
    missedDisagreements: [],
  };
  for (const event of events) {
    const sheet = await sheetFor(engine, event.files);
    const fileOf = new Map(sheet.sources.map((s) => [s.id, s.label]));
    for (const file of event.files) {
      const source = sheet.sources.find((s) => s.label === file.file);
      const predicted = source ? shownPassages(source).filter((q) => q.kind === 'direct') : [];
      scoreBasilQuotes(file.file, file.quotes, predicted, counts.quotes, errors);
    }
    scoreBasilFlags(event, flagsOf(sheet, fileOf, event.event), counts, errors);
  }
  return { events: events.length, counts, errors };
}

async function sheetFor(engine: Engine, files: { file: string; text: string }[]): Promise<FactSheet> {
  return buildFactSheet(
    files.map((f) => ({ kind: 'text' as const, text: f.text, label: f.file })),
    {
      engine,
      store: null,
      readUrl: async () => {
        throw new CopydeskError('fetch_failed', 'The evaluation reads no links.');
      },
      logger: silentLogger(),
      concurrency: 3,
      maxWords: 6000,
    },
  );
}

/** Every disagreement and every quote worded differently is a flag a reader sees. */
function flagsOf(sheet: FactSheet, fileOf: Map<string, string>, event: string): ShownFlag[] {
  const comparison = sheet.comparison;
  if (!comparison) return [];
  const named = (versions: { source: string; text: string }[]) =>
    versions.map((v) => ({ file: fileOf.get(v.source) ?? v.source, text: v.text }));
  return [
    ...comparison.disagreements.map((d) => ({
      kind: d.kind,
      topic: `${event}: ${d.topic} — ${d.note}`,
      severity: d.severity,
      versions: named(d.versions),
    })),
    ...comparison.quoteVariants.map((q) => ({
      kind: 'quote_wording',
      topic: `${event}: ${q.speaker} quoted differently`,
      severity: 'quote',
      versions: named(q.versions),
    })),
  ];
}
