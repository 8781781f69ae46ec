// Runs one engine over the corpus through the real pipeline (ingest → engine → grounding → comparison) and
// scores what a user would see: quotes the grounding kept, and the comparison's disagreements.
import type { Engine } from '../analysis/engine.ts';
import { CopydeskError } from '../errors.ts';
import { silentLogger } from '../logger.ts';
import { buildFactSheet } from '../pipeline.ts';
import { DISAGREEMENT_KINDS, type DisagreementKind, type FactSheet } from '../types.ts';
import type { CorpusCluster } from './corpus.ts';
import { type DisagreementResult, scoreDisagreements } from './score-disagreements.ts';
import {
  accuracy,
  addScores,
  emptyScore,
  type Prf,
  prf,
  type QuoteScore,
  scoreQuotes,
} from './score-quotes.ts';
import { shownPassages } from './shown-passages.ts';
import { RELAXED_MIN_DICE } from './text-match.ts';

export interface QuoteFigures {
  exact: Prf;
  relaxed: Prf;
  attribution: { correct: number; total: number; accuracy: number };
}

export interface ArticleReport {
  cluster: string;
  file: string;
  /** Null when the source failed in the pipeline. */
  failure: string | null;
  direct: QuoteScore;
  indirect: QuoteScore;
}

export interface EvalReport {
  engine: FactSheet['engine'];
  model: string | null;
  promptVersion: string;
  relaxedMinDice: number;
  clusters: number;
  articles: number;
  direct: QuoteFigures;
  indirect: QuoteFigures;
  disagreements: {
    /** False when no cluster produced a comparison (e.g. every sheet had fewer than two sources). */
    scored: boolean;
    byKind: Partial<Record<DisagreementKind, { found: number; total: number; recall: number }>>;
    overall: { found: number; total: number; recall: number };
    items: (DisagreementResult & { cluster: string })[];
  };
  details: ArticleReport[];
}

export async function runEval(engine: Engine, corpus: CorpusCluster[]): Promise<EvalReport> {
  const details: ArticleReport[] = [];
  const items: EvalReport['disagreements']['items'] = [];
  let compared = 0;
  for (const cluster of corpus) {
    const sheet = await buildFactSheet(
      cluster.articles.map((article) => ({ kind: 'text' as const, text: article.raw, label: article.file })),
      {
        engine,
        store: null,
        readUrl: async () => {
          throw new CopydeskError('fetch_failed', 'The evaluation reads no links.');
        },
        logger: silentLogger(),
        concurrency: 4,
        maxWords: 6000,
      },
    );
    if (sheet.comparison) compared++;
    for (const article of cluster.articles) {
      const source = sheet.sources.find((s) => s.label === article.file);
      const failure = source
        ? null
        : (sheet.failed.find((f) => f.label === article.file)?.reason ?? 'missing');
      const predicted = source ? shownPassages(source) : [];
      details.push({
        cluster: cluster.cluster,
        file: article.file,
        failure,
        direct: scoreQuotes(
          predicted.filter((q) => q.kind === 'direct'),
          article.quotes.filter((q) => q.kind === 'direct'),
        ),
        indirect: scoreQuotes(
          predicted.filter((q) => q.kind === 'indirect'),
          article.quotes.filter((q) => q.kind === 'indirect'),
        ),
      });
    }
    const sourceOf = (file: string) => sheet.sources.find((s) => s.label === file)?.id ?? null;
    for (const result of scoreDisagreements(cluster.disagreements, sheet.comparison, sourceOf)) {
      items.push({ ...result, cluster: cluster.cluster });
    }
  }
  return {
    engine: engine.name,
    model: engine.model,
    promptVersion: engine.promptVersion,
    relaxedMinDice: RELAXED_MIN_DICE,
    clusters: corpus.length,
    articles: details.length,
    direct: figures(details.map((d) => d.direct).reduce(addScores, emptyScore())),
    indirect: figures(details.map((d) => d.indirect).reduce(addScores, emptyScore())),
    disagreements: { scored: compared > 0, ...recallByKind(items), items },
    details,
  };
}

function figures(score: QuoteScore): QuoteFigures {
  return {
    exact: prf(score.exact),
    relaxed: prf(score.relaxed),
    attribution: { ...score.attribution, accuracy: accuracy(score.attribution) },
  };
}

function recallByKind(items: DisagreementResult[]): Pick<EvalReport['disagreements'], 'byKind' | 'overall'> {
  const byKind: EvalReport['disagreements']['byKind'] = {};
  for (const kind of DISAGREEMENT_KINDS) {
    const ofKind = items.filter((item) => item.kind === kind);
    if (ofKind.length === 0) continue;
    const found = ofKind.filter((item) => item.found).length;
    byKind[kind] = { found, total: ofKind.length, recall: found / ofKind.length };
  }
  const found = items.filter((item) => item.found).length;
  return { byKind, overall: { found, total: items.length, recall: items.length ? found / items.length : 0 } };
}
