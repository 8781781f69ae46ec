// `npm run eval`: accuracy of the engines over the labelled corpus in test/fixtures/eval/ and, when
// ../shared/data is beside the clone, over real outlets' copy (PolNeAR dev, the labelled BASIL events).
//   node scripts/eval.ts [--engine offline|llm|all] [--verbose] [--real] [--check] [--errors N] [--split dev|train]
// Default: the offline engine, plus the LLM engine when one is configured (OPENAI_API_KEY or OPENAI_BASE_URL).
// --real scores the real corpora only; --check exits 1 when a real-text figure falls below its floor
// (src/eval/real/floors.ts). Prints a table per engine and writes reports/eval-<engine>.json and
// reports/eval-real-<engine>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Engine } from '../src/analysis/engine.ts';
import { createLlmEngine } from '../src/analysis/llm/llm-engine.ts';
import { createOfflineEngine } from '../src/analysis/offline/offline-engine.ts';
import { type Config, llmConfigured, loadConfig } from '../src/config.ts';
import { userMessage } from '../src/errors.ts';
import { loadCorpus } from '../src/eval/corpus.ts';
import { formatReport } from '../src/eval/format-report.ts';
import { belowFloor } from '../src/eval/real/floors.ts';
import { formatRealReport } from '../src/eval/real/format-real-report.ts';
import { realFigures } from '../src/eval/real/real-figures.ts';
import { realDataDir, runRealEval } from '../src/eval/real/run-real-eval.ts';
import { runEval } from '../src/eval/run-eval.ts';
import { silentLogger } from '../src/logger.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE =
  'usage: node scripts/eval.ts [--engine offline|llm|all] [--verbose] [--real] [--check] [--errors N] [--split dev|train]';

interface Args {
  engine: 'offline' | 'llm' | 'all' | 'default';
  verbose: boolean;
  realOnly: boolean;
  check: boolean;
  errors: number;
  split: string;
}

function parseArgs(argv: string[]): Args {
  let engine: Args['engine'] = 'default';
  let verbose = false;
  let realOnly = false;
  let check = false;
  let errors = 8;
  let split = 'dev';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = arg.startsWith('--engine=')
      ? arg.slice('--engine='.length)
      : arg === '--engine'
        ? argv[++i]
        : null;
    if (value !== null) {
      if (value !== 'offline' && value !== 'llm' && value !== 'all')
        fail(`unknown engine “${value}”. ${USAGE}`, 2);
      engine = value as 'offline' | 'llm' | 'all';
    } else if (arg === '--verbose' || arg === '-v') verbose = true;
    else if (arg === '--real') realOnly = true;
    else if (arg === '--check') check = true;
    else if (arg === '--errors' && /^\d+$/.test(argv[i + 1] ?? '')) errors = Number(argv[++i]);
    else if (arg === '--split' && /^(dev|train)$/.test(argv[i + 1] ?? '')) split = argv[++i] as string;
    else fail(`unknown argument “${arg}”. ${USAGE}`, 2);
  }
  return { engine, verbose, realOnly, check, errors, split };
}

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function pickEngines(choice: Args['engine']): Engine[] {
  let config: Config | null = null;
  try {
    config = loadConfig();
  } catch (error) {
    if (choice === 'llm' || choice === 'all') fail(userMessage(error), 2);
    process.stderr.write(`${userMessage(error)} Running the offline engine only.\n`);
  }
  const hasLlm = config !== null && llmConfigured(config);
  if ((choice === 'llm' || choice === 'all') && !hasLlm) {
    fail('No LLM is configured: set OPENAI_API_KEY or OPENAI_BASE_URL to evaluate the LLM engine.', 2);
  }
  const engines: Engine[] = [];
  if (choice !== 'llm') engines.push(createOfflineEngine());
  if (config && (choice === 'llm' || choice === 'all' || (choice === 'default' && hasLlm))) {
    engines.push(createLlmEngine(config, silentLogger()));
  }
  return engines;
}

const args = parseArgs(process.argv.slice(2));
mkdirSync(join(root, 'reports'), { recursive: true });
const dataDir = realDataDir(root);
if (args.realOnly && dataDir === null) fail('No real corpora: ../shared/data is not beside this clone.', 2);
let failures = 0;
let belowFloors = 0;
for (const engine of pickEngines(args.engine)) {
  if (!args.realOnly) failures += await ownCorpus(engine);
  if (dataDir !== null) belowFloors += await realCorpora(engine, dataDir);
}
// Figures over a corpus with unread articles are not the engine's figures: say so in the exit code.
if (failures > 0) fail(`${failures} article(s) could not be analysed; see the lines marked “!” above.`, 1);
if (args.check && belowFloors > 0) fail(`${belowFloors} real-text figure(s) fell below their floor.`, 1);

async function ownCorpus(engine: Engine): Promise<number> {
  const corpus = loadCorpus(join(root, 'test/fixtures/eval'));
  if (corpus.length === 0) fail('No labelled clusters found under test/fixtures/eval/.', 1);
  const report = await runEval(engine, corpus);
  process.stdout.write(`${formatReport(report, { verbose: args.verbose })}\n\n`);
  writeReport(`eval-${engine.name}.json`, report);
  return report.details.filter((detail) => detail.failure !== null).length;
}

async function realCorpora(engine: Engine, dir: string): Promise<number> {
  const report = await runRealEval(engine, dir, args.split);
  const figures = realFigures(report);
  process.stdout.write(`${formatRealReport(report, figures, args.verbose ? 1000 : args.errors)}\n\n`);
  writeReport(`eval-real-${engine.name}.json`, { figures, ...report });
  // Floors hold the offline engine, whose output is deterministic; an LLM's figures are reported only.
  if (engine.name !== 'offline' || args.split !== 'dev') return 0;
  const misses = belowFloor(figures);
  for (const { figure, floor } of misses)
    process.stdout.write(`✗ ${figure.name} ${figure.value.toFixed(3)} is below its floor ${floor}\n`);
  return misses.length;
}

function writeReport(name: string, report: unknown): void {
  const file = join(root, 'reports', name);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`Report written to reports/${name}\n\n`);
}
