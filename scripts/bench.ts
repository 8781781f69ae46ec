// `npm run bench`: performance figures, each the median of several runs with its range, against the targets.
// Speed lives here, never in tests. Writes reports/bench.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchCliMemory } from './bench/cli-memory-bench.ts';
import { benchOffline } from './bench/offline-bench.ts';
import { benchPipeline } from './bench/pipeline-bench.ts';
import { benchSlackAck } from './bench/slack-ack-bench.ts';
import { fmt, type Summary } from './bench/stats.ts';

const RUNS = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 7);

const rows: { figure: string; value: string; target: string; ok: boolean }[] = [];
const show = (s: Summary, unit: string) =>
  `${fmt(s.median)} ${unit} (range ${fmt(s.min)}–${fmt(s.max)}, ${s.runs} runs)`;

const pipeline = await benchPipeline(RUNS, 500);
const ratio = pipeline.endToEnd.median / pipeline.twoRoundMinimumMs;
rows.push({
  figure: `End-to-end, 5 sources, ${pipeline.latencyMs} ms stub LLM`,
  value: `${show(pipeline.endToEnd, 'ms')} = ${fmt(ratio, 3)} × the two-round minimum (${pipeline.twoRoundMinimumMs} ms)`,
  target: '≤ 1.15 ×',
  ok: ratio <= 1.15,
});
rows.push({
  figure: 'Pipeline overhead per 5-source sheet (excl. LLM time)',
  value: show(pipeline.overhead, 'ms'),
  target: '≤ 30 ms',
  ok: pipeline.overhead.median <= 30,
});
rows.push({
  figure: 'Cache hit, 5-source sheet',
  value: show(pipeline.cacheHit, 'ms'),
  target: '≤ 20 ms',
  ok: pipeline.cacheHit.median <= 20,
});
rows.push({
  figure: 'Input tokens sent per 5-source sheet',
  value: `${pipeline.promptTokensPerSheet} vs the articles' own ${pipeline.articleTokensPerSheet} (${fmt(pipeline.promptTokensPerSheet / pipeline.articleTokensPerSheet, 2)} ×; chars/4 estimate)`,
  target: 'report',
  ok: true,
});

const offline = await benchOffline(RUNS);
rows.push({
  figure: `Offline analysis throughput (${fmt(offline.bytesPerRun / 1e3, 0)} KB a run)`,
  value: show(offline.megabytesPerSecond, 'MB/s'),
  target: '≥ 5 MB/s',
  ok: offline.megabytesPerSecond.median >= 5,
});

const ack = await benchSlackAck(50);
rows.push({
  figure: `Slack ack latency, ${ack.events} concurrent signed events`,
  value: `p50 ${fmt(ack.p50)} ms, p99 ${fmt(ack.p99)} ms, max ${fmt(ack.max)} ms, ${ack.non200} not 200`,
  target: 'well under Slack’s 3 s',
  ok: ack.p99 < 3000 && ack.non200 === 0,
});

const memory = await benchCliMemory();
const peakRssMb = Math.max(memory.llmPeakMb, memory.offlinePeakMb);
rows.push({
  figure: 'Peak RSS of the copydesk process, 5 sources',
  value: `${fmt(memory.llmPeakMb)} MB with the LLM, ${fmt(memory.offlinePeakMb)} MB offline`,
  target: '< 150 MB',
  ok: peakRssMb < 150,
});

const width = Math.max(...rows.map((row) => row.figure.length));
console.log(`copydesk benchmark — node ${process.version}, ${RUNS} runs each\n`);
for (const row of rows)
  console.log(`${row.ok ? '✓' : '✗'} ${row.figure.padEnd(width)}  ${row.value}  [target ${row.target}]`);
mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/bench.json',
  `${JSON.stringify({ node: process.version, runs: RUNS, rows, pipeline, offline, ack, memory }, null, 2)}\n`,
);
console.log('\nWrote reports/bench.json');
