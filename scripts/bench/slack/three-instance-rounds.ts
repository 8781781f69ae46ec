// Issue 10's bench row over several rounds (each a fresh Redis, fresh instances, its own floor and SIGKILL), as
// every other figure of the bench is the median of several runs: one round's p99 is the fifth-slowest of 500
// acknowledgements, and on two shared cores a single stall of the machine moves it (bare Bolt's own p99 ranged
// 8–25 ms between rounds). Counts (exactly once, lost) are summed: every event of every round must be answered.
import { type Summary, summarize } from '../stats.ts';
import { benchThreeInstances, type ThreeInstanceFigures } from './three-instances-bench.ts';

export interface ThreeInstanceRounds {
  rounds: ThreeInstanceFigures[];
  /** Ack p99 / bare Bolt's, one per round. */
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
  return {
    rounds: figures,
    ratio: summarize(figures.map((f) => f.ack.p99Ratio)),
    beforeKillRatio: summarize(figures.map((f) => f.beforeKill.p99Ratio)),
    median: byRatio[Math.floor((byRatio.length - 1) / 2)] as ThreeInstanceFigures,
    events: sum((f) => f.events),
    exactlyOnce: sum((f) => f.exactlyOnce),
    lost: sum((f) => f.lost),
    non200: sum((f) => f.non200),
  };
}
