// One offline-engine row of the bench in a process of its own, printing its figures as one JSON line:
//   node scripts/bench/offline-rows.ts throughput|own-text|real-news RUNS
// Run in the bench's own process, each row inherited the heap and the compiled code its predecessors left:
// after the 1 MB / 2 MB rows (and the 4 MB of real news they keep loaded) the throughput row read 2.4 MB/s
// where the same code alone reads 3.4. A fresh process per row is how a CLI run or a restarted bot meets
// the engine, and keeps each figure from depending on the rows before it.
import { benchOffline } from './offline-bench.ts';
import { benchOfflineScaling, realNewsText } from './offline-scaling-bench.ts';

const [row, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 7);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`runs must be a whole number of at least 1, not “${runsArg}”`);
  process.exit(2);
}
if (row === 'throughput') {
  console.log(JSON.stringify(await benchOffline(runs)));
} else if (row === 'own-text') {
  console.log(JSON.stringify(await benchOfflineScaling(runs, [1, 2])));
} else if (row === 'real-news') {
  const realNews = realNewsText();
  console.log(JSON.stringify(realNews ? await benchOfflineScaling(runs, [1, 2], realNews) : null));
} else {
  console.error('usage: node scripts/bench/offline-rows.ts throughput|own-text|real-news RUNS');
  process.exit(2);
}
