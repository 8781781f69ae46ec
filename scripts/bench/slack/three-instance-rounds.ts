// Issue 10's bench row over several rounds (each a fresh Redis, fresh instances, its own floor and SIGKILL). The
// ratio is taken over the rounds' acknowledgements pooled: one round's p99 is the fifth-slowest of 500, and on two
// shared cores a single stall of the machine moved it (per-round ratios of 0.98–3.36× on unchanged code, so the
// median of three could not tell a change from noise); the p99 of five rounds' 2,500 is the 25th-slowest, for
// copydesk and for its floor alike. Each round's own ratio is still shown as a range. Counts (exactly once, lost)
// are summed: every event of every round must be answered.
import { percentile, type Summary, summarize } from '../stats.ts';
import { benchThreeInstances, type ThreeInstanceFigures } from './three-instances-bench.ts';

export interface PooledRatio {
  copydeskP99: number;
  bareP99: number;
  p99Ratio: number;
}

export interface ThreeInstanceRounds {
  rounds: ThreeInstanceFigures[];
  /** Ack p99 / bare Bolt's over every round's acknowledgements together: the row's figure. */
  pooled: PooledRatio;
  /** The same over the events sent before each round's kill. */
  pooledBeforeKill: PooledRatio;
  /** Each round's own ratio, for the spread. */
  ratio: Summary;
  beforeKillRatio: Summary;
  /** The round whose ratio is the median: its milliseconds are the ones shown. */
  median: ThreeInstanceFigures;
  events: number;
  exactlyOnce: number;
  lost: number;
  non200: number;
}

export async function benchThreeInstanceRounds(
  rounds: number,
  events = 500,
  seconds = 10,
): Promise<ThreeInstanceRounds | { skipped: string }> {
  const figures: ThreeInstanceFigures[] = [];
  for (let round = 0; round < rounds; round++) {
    const result = await benchThreeInstances(events, seconds);
    if ('skipped' in result) return result;
    figures.push(result);
  }
  const byRatio = [...figures].sort((a, b) => a.ack.p99Ratio - b.ack.p99Ratio);
  const sum = (pick: (f: ThreeInstanceFigures) => number) => figures.reduce((total, f) => total + pick(f), 0);
  const all = figures.map((f) => f.ackMs);
  return {
    rounds: figures,
    pooled: pooledRatio(
      all.flatMap((ms) => ms.copydesk),
      all.flatMap((ms) => ms.bare),
    ),
    pooledBeforeKill: pooledRatio(
      all.flatMap((ms) => ms.copydesk.slice(0, ms.killAt)),
      all.flatMap((ms) => ms.bare.slice(0, ms.killAt)),
    ),
    ratio: summarize(figures.map((f) => f.ack.p99Ratio)),
    beforeKillRatio: summarize(figures.map((f) => f.beforeKill.p99Ratio)),
    median: byRatio[Math.floor((byRatio.length - 1) / 2)] as ThreeInstanceFigures,
    events: sum((f) => f.events),
    exactlyOnce: sum((f) => f.exactlyOnce),
    lost: sum((f) => f.lost),
    non200: sum((f) => f.non200),
  };
}

function pooledRatio(copydesk: number[], bare: number[]): PooledRatio {
  const copydeskP99 = percentile(copydesk, 99);
  const bareP99 = percentile(bare, 99);
  return { copydeskP99, bareP99, p99Ratio: copydeskP99 / bareP99 };
}
