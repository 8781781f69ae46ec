// Offline engine throughput: MB of article text analysed per second, grounding included.

import { groundAnalysis } from '../../src/analysis/ground/ground-analysis.ts';
import { createOfflineEngine } from '../../src/analysis/offline/offline-engine.ts';
import { articleFromPaste } from '../../src/ingest/ingest.ts';
import type { Article } from '../../src/types.ts';
import { fiveSources } from './sources.ts';
import { type Summary, summarize, timeRuns } from './stats.ts';

export interface OfflineFigures {
  megabytesPerSecond: Summary;
  bytesPerRun: number;
}

export async function benchOffline(runs: number): Promise<OfflineFigures> {
  const engine = createOfflineEngine();
  // About 200 KB of news text per run: the five sources, many times over with distinct salts.
  const articles: Article[] = Array.from({ length: 40 }, (_, round) => fiveSources(`offline${round}`))
    .flat()
    .map((input) => articleFromPaste(input.kind === 'text' ? input.text : '', 'bench'));
  const bytesPerRun = articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0);
  const run = async () => {
    for (const article of articles) {
      const { value } = await engine.extract(article);
      groundAnalysis('S1', article, value, 'bench');
    }
  };
  // One run first, as the scaling bench does: loading the lexicons and compiling the hot code belong to
  // start-up, not to the first sample (it ran at a quarter of the steady speed and widened the range).
  await run();
  const samples = await timeRuns(runs, run);
  return { megabytesPerSecond: summarize(samples.map((ms) => bytesPerRun / 1e6 / (ms / 1000))), bytesPerRun };
}
