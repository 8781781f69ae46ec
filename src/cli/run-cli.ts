// The `copydesk` command: the same pipeline as the Slack app, printed as Markdown, JSON or the Slack payload.
// Exit 0 when at least one source was analysed (the others are listed as skipped, with their reasons), 1 when
// nothing could be analysed, 2 on bad usage (including a run whose every source is a path that is not there).
import { type Config, defaultCliStore, llmConfigured, loadConfig } from '../config.ts';
import { CopydeskError, userMessage } from '../errors.ts';
import { createLogger } from '../logger.ts';
import { buildFactSheet } from '../pipeline.ts';
import { renderJson } from '../render/json.ts';
import { renderMarkdown } from '../render/markdown.ts';
import { createRuntime } from '../runtime.ts';
import type { FactSheet } from '../types.ts';
import { createDeadline } from '../util/deadline.ts';
import { type CliOptions, parseCliArgs, USAGE } from './parse-args.ts';
import { progressPrinter } from './progress.ts';
import { packageVersion } from './quick-answer.ts';
import { readSources } from './read-sources.ts';

export async function runCli(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  // The sheet's deadline counts from the request: the moment the command was run.
  const requestedAt = Date.now();
  let options: CliOptions;
  let config: Config;
  try {
    options = parseCliArgs(argv);
    config = loadConfig(env);
  } catch (error) {
    return fail(error, 2);
  }
  if (options.help) return print(`${USAGE}\n`);
  if (options.version) return print(`${packageVersion()}\n`);

  // People read stderr: by default it carries only our one-line messages; LOG_LEVEL=debug shows the causes.
  const logger = createLogger(config.LOG_LEVEL ?? 'fatal');
  const runtime = await createRuntime(config, logger, {
    offline: options.offline,
    noCache: options.noCache,
    defaultStore: defaultCliStore(config),
  });
  try {
    const inputs = await readSources(options.sources, readStdin);
    // Said only when something will be analysed: a run of unreadable sources ends on its one-line reason.
    const readable = inputs.some((input) => input.kind !== 'unreadable');
    if (readable && !options.offline && !llmConfigured(config)) {
      process.stderr.write(
        'copydesk: no LLM configured (set OPENAI_API_KEY, or OPENAI_BASE_URL for a local server); using the offline engine.\n',
      );
    }
    const sheet = await buildFactSheet(inputs, runtime.deps, progressPrinter(process.stderr), {
      deadline: createDeadline(config.COPYDESK_SHEET_DEADLINE_MS, requestedAt),
    });
    if (sheet.sources.length === 0) {
      const reasons = sheet.failed.map((failed) => failed.reason).join(' ');
      const allUsage = sheet.failed.length > 0 && sheet.failed.every((failed) => failed.code === 'usage');
      throw new CopydeskError(allUsage ? 'usage' : 'input_empty', reasons || 'Nothing to read.');
    }
    process.stdout.write(await render(sheet, options.format));
    for (const failed of sheet.failed)
      process.stderr.write(`copydesk: ${failed.id} skipped: ${failed.reason}\n`);
    return 0;
  } catch (error) {
    logger.debug({ err: error }, 'cli failed');
    return fail(error, error instanceof CopydeskError && error.code === 'usage' ? 2 : 1);
  } finally {
    await runtime.close();
  }
}

async function render(sheet: FactSheet, format: CliOptions['format']): Promise<string> {
  if (format === 'json') return renderJson(sheet);
  if (format === 'blocks') {
    // Loaded only when asked for: the Block Kit renderer is a dozen modules the terminal formats never use.
    const { renderBlocks } = await import('../render/blocks/render-blocks.ts');
    return `${JSON.stringify(renderBlocks(sheet), null, 2)}\n`;
  }
  return renderMarkdown(sheet);
}

function fail(error: unknown, code: number): number {
  process.stderr.write(`copydesk: ${userMessage(error)}\n`);
  if (code === 2) process.stderr.write('Run copydesk --help for usage.\n');
  return code;
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
