// Start-up: `copydesk --version` against `node -e 0`, taking turns so both see the same machine. The ratio is
// what matters: Node's own start differs from machine to machine, the work copydesk adds to it should not.
import { spawnSync } from 'node:child_process';
import { type Summary, summarize } from './stats.ts';

const bin = new URL('../../bin/copydesk.js', import.meta.url).pathname;

export interface StartFigures {
  node: Summary;
  version: Summary;
  ratio: number;
}

function timeMs(args: string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}`);
  return performance.now() - start;
}

export function benchStart(runs: number): StartFigures {
  timeMs([bin, '--version']); // fills Node's compile cache, as any earlier run on the machine has
  const node: number[] = [];
  const version: number[] = [];
  for (let i = 0; i < runs; i++) {
    node.push(timeMs(['-e', '0']));
    version.push(timeMs([bin, '--version']));
  }
  const figures = { node: summarize(node), version: summarize(version) };
  return { ...figures, ratio: figures.version.median / figures.node.median };
}
