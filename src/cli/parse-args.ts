// Command-line arguments → options. Anything wrong is a usage error (exit 2) with a one-line reason.
import { parseArgs } from 'node:util';
import { CopydeskError } from '../errors.ts';

export { USAGE } from './usage.ts';

export type OutputFormat = 'md' | 'json' | 'blocks';

export interface CliOptions {
  format: OutputFormat;
  offline: boolean;
  noCache: boolean;
  help: boolean;
  version: boolean;
  sources: string[];
}

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new CopydeskError('usage', `${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'md';
  if (format !== 'md' && format !== 'json' && format !== 'blocks') {
    throw new CopydeskError('usage', `--format must be md, json or blocks, not "${format}".`);
  }
  const options: CliOptions = {
    format,
    offline: values.offline ?? false,
    noCache: values['no-cache'] ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
    sources: positionals,
  };
  if (!options.help && !options.version && positionals.length === 0) {
    throw new CopydeskError('usage', 'Give at least one SOURCE: a file, a link, or - for standard input.');
  }
  if (positionals.filter((source) => source === '-').length > 1) {
    throw new CopydeskError('usage', 'Standard input (-) can be given only once.');
  }
  return options;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      offline: { type: 'boolean' },
      'no-cache': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
}
