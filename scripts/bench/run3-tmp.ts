import { benchThreeInstances } from './slack/three-instances-bench.ts';

const r = await benchThreeInstances(Number(process.argv[2] ?? 500), Number(process.argv[3] ?? 10));
console.log(JSON.stringify(r, null, 1));
