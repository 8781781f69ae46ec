// `npm run eval`: accuracy of the engines over the labelled corpus in test/fixtures/eval/.
//   node scripts/eval.ts [--engine offline|llm|all] [--verbose]
// Default: the offline engine, plus the LLM engine when one is configured (OPENAI_API_KEY or OPENAI_BASE_URL).
// Prints a table per engine and writes reports/eval-<engine>.json.
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
import { runEval } from '../src/eval/run-eval.ts';
import { silentLogger } from '../src/logger.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: node scripts/eval.ts [--engine offline|llm|all] [--verbose]';

function parseArgs(argv: string[]): { engine: 'offline' | 'llm' | 'all' | 'default'; verbose: boolean } {
  let engine: 'offline' | 'llm' | 'all' | 'default' = 'default';
  let verbose = false;
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
    else fail(`unknown argument “${arg}”. ${USAGE}`, 2);
  }
  return { engine, verbose };
}

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function pickEngines(choice: ReturnType<typeof parseArgs>['engine']): Engine[] {
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
const corpus = loadCorpus(join(root, 'test/fixtures/eval'));
if (corpus.length === 0) fail('No labelled clusters found under test/fixtures/eval/.', 1);
mkdirSync(join(root, 'reports'), { recursive: true });
let failures = 0;
for (const engine of pickEngines(args.engine)) {
  const report = await runEval(engine, corpus);
  failures += report.details.filter((detail) => detail.failure !== null).length;
  process.stdout.write(`${formatReport(report, { verbose: args.verbose })}\n\n`);
  const file = join(root, 'reports', `eval-${engine.name}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`Report written to ${file.slice(root.length + 1)}\n\n`);
}
// Figures over a corpus with unread articles are not the engine's figures: say so in the exit code.
if (failures > 0) fail(`${failures} article(s) could not be analysed; see the lines marked “!” above.`, 1);
