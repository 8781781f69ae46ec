// `copydesk --version` and `copydesk --help` on their own are answered from here, before run-cli.ts pulls in
// the pipeline (hundreds of modules: zod, pino, undici, compromise): they should cost little more than Node's
// own start. Any other command line, including these flags among others, goes to runCli, which knows them too.
import { readFileSync } from 'node:fs';
import { USAGE } from './usage.ts';

/** The text to print for a lone --version or --help, or null when the pipeline is needed. */
export function quickAnswer(argv: string[]): string | null {
  if (argv.length !== 1) return null;
  if (argv[0] === '--version') return `${packageVersion()}\n`;
  if (argv[0] === '--help' || argv[0] === '-h') return `${USAGE}\n`;
  return null;
}

export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}
