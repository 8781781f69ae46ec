// Offline engine throughput: MB of article text analysed per second, grounding included.

import { groundAnalysis } from '../../src/analysis/ground/ground-analysis.ts';
import { createOfflineEngine } from '../../src/analysis/offline/offline-engine.ts';
import { articleFromPaste } from '../../src/ingest/ingest.ts';
import type { Article } from '../../src/types.ts';
import { fiveSources } from './sources.ts';
import { type Summary, summarize, timeRuns } from './stats.ts';

export interface OfflineFigures {
  megabytesPerSecond: Summary;
  /** The same runs once V8 has optimised the engine's code: after 20 runs (about 4.6 MB of news). */
  warmMegabytesPerSecond: Summary;
  bytesPerRun: number;
}

const WARM_AFTER = 20;

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
  const toMbps = (samples: number[]) => summarize(samples.map((ms) => bytesPerRun / 1e6 / (ms / 1000)));
  const samples = await timeRuns(runs, run);
  // Shown beside the goal's figure, never instead of it: V8 goes on compiling the engine's functions into
  // optimised code for some twenty runs (their speed climbs from 2.7 to about 5.3 MB/s), and a bot reads
  // far fewer articles than that between restarts.
  for (let done = 1 + runs; done < WARM_AFTER; done++) await run();
  const warm = await timeRuns(runs, run);
  return { megabytesPerSecond: toMbps(samples), warmMegabytesPerSecond: toMbps(warm), bytesPerRun };
}
