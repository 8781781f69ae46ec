// Offline engine on one long article (1 MB and 2 MB of news text), grounding included, as time per MB: equal
// figures mean linear growth, a larger one for 2 MB shows super-linear work (something scanned per mention).
// Our own reports repeated hide work that grows with what is new (a search finds an early copy of a repeated
// quote at once), so the same is measured on distinct real news when ../shared/data/polnear is beside the clone.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { groundAnalysis } from '../../src/analysis/ground/ground-analysis.ts';
import { createOfflineEngine } from '../../src/analysis/offline/offline-engine.ts';
import { loadPolnear } from '../../src/eval/real/polnear.ts';
import { realDataDir } from '../../src/eval/real/run-real-eval.ts';
import { articleFromPaste } from '../../src/ingest/ingest.ts';
import { fiveSources } from './sources.ts';
import { type Summary, summarize, timeRuns } from './stats.ts';

export interface ScalingCase {
  megabytes: number;
  bytes: number;
  seconds: Summary;
  secondsPerMb: number;
}

/**
 * One article of about `megabytes` MB: the bench's reports one after another, each round with its own names
 * and figures. Repeated word for word, they hid work that grows with what is new (each round named the same
 * dozen people, so a scan over every person stayed short, and a search found an early copy at once); here
 * every round's people, places and figures are its own (in round 17, "Dragomir" becomes "Dragomirelik" and 12 becomes 29).
 */
export function longArticleText(megabytes: number): string {
  const parts: string[] = [];
  let bytes = 0;
  for (let round = 0; bytes < megabytes * 1e6; round++) {
    for (const input of fiveSources(`long${round}`)) {
      const text = renamed(input.kind === 'text' ? input.text : '', round);
      parts.push(text);
      bytes += Buffer.byteLength(text) + 2;
    }
  }
  return parts.join('\n\n');
}

const SYLLABLES = ['an', 'el', 'ik', 'or', 'us', 'en', 'ar', 'ov'];

/** The people, places, vessel and outlets our examples invent (the other capitalised words are titles, days…). */
const INVENTED_NAMES =
  /\b(?:Varna|Oskarsholm|Hanus|Stella|Mirela|Maris|Karel|Dragomir|Dragomyr|Piet|Jonas|Berg|Aaltonen|Tomas|Samir|Okafor|Marsh|Lind|Elena)\b/g;

/** Round 0 as written; after it, every invented name gets the round's syllables, and every figure moves. */
function renamed(text: string, round: number): string {
  if (round === 0) return text;
  let suffix = '';
  for (let n = round; n > 0; n = Math.floor(n / SYLLABLES.length)) suffix += SYLLABLES[n % SYLLABLES.length];
  return text
    .replace(INVENTED_NAMES, (name) => name + suffix)
    .replace(/\d+/g, (digits) =>
      String((Number(digits) + round) % 10 ** digits.length).padStart(digits.length, '0'),
    );
}

/** A reader of distinct real news: PolNeAR's training articles one after another, or null without ../shared. */
export function realNewsText(): ((megabytes: number) => string) | null {
  const data = realDataDir(new URL('../../', import.meta.url).pathname);
  const dir = data ? join(data, 'polnear', 'train') : null;
  if (!dir || !existsSync(dir)) return null;
  const texts = loadPolnear(dir).map((article) => article.text);
  return (megabytes) => {
    const parts: string[] = [];
    let bytes = 0;
    for (const text of texts) {
      if (bytes >= megabytes * 1e6) break;
      parts.push(text);
      bytes += Buffer.byteLength(text) + 2;
    }
    return parts.join('\n\n');
  };
}

export async function benchOfflineScaling(
  runs: number,
  sizes = [1, 2],
  textOf: (megabytes: number) => string = longArticleText,
): Promise<ScalingCase[]> {
  const engine = createOfflineEngine();
  // A shorter article first: loading the lexicons and compiling the hot code belong to start-up, not to the
  // first size measured.
  await engine.extract(articleFromPaste(textOf(0.2), 'warm-up'));
  const cases: ScalingCase[] = [];
  for (const megabytes of sizes) {
    const article = articleFromPaste(textOf(megabytes), 'bench');
    const bytes = Buffer.byteLength(article.text);
    const samples = await timeRuns(runs, async () => {
      const { value } = await engine.extract(article);
      groundAnalysis('S1', article, value, 'bench');
    });
    const seconds = summarize(samples.map((ms) => ms / 1000));
    cases.push({ megabytes, bytes, seconds, secondsPerMb: seconds.median / (bytes / 1e6) });
  }
  return cases;
}
