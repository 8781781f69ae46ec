// `copydesk --version` and `--help` are answered before the pipeline is imported: no zod, pino, undici or
// compromise, and none of copydesk's own modules beyond the entry and its answer (speed itself is the bench's).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../bin/copydesk.js', import.meta.url).pathname;
// Preloaded into the child: prints every module URL it loads, one a line, on stderr at exit.
const recorder = `data:text/javascript,${encodeURIComponent(`
import { registerHooks } from 'node:module';
const urls = [];
registerHooks({ load(url, context, next) { urls.push(url); return next(url, context); } });
process.on('exit', () => process.stderr.write(urls.join('\\n') + '\\n'));
`)}`;

function modulesLoaded(args: string[]): { stdout: string; modules: string[] } {
  const run = spawnSync(process.execPath, ['--import', recorder, bin, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  expect(run.status).toBe(0);
  return { stdout: run.stdout, modules: run.stderr.split('\n').filter((line) => line.startsWith('file:')) };
}

describe('copydesk starts fast', () => {
  it.each([['--version'], ['--help'], ['-h']])('answers %s without loading the pipeline', (flag) => {
    const { stdout, modules } = modulesLoaded([flag]);
    expect(stdout).toMatch(flag === '--version' ? /^\d+\.\d+\.\d+\n$/ : /^Usage: copydesk /);
    expect(modules.filter((url) => url.includes('/node_modules/'))).toEqual([]);
    const own = modules.map((url) => url.replace(/^.*\/(bin|src)\//, '$1/')).sort();
    expect(own).toEqual([
      'bin/copydesk.js',
      'src/cli/main.ts',
      'src/cli/quick-answer.ts',
      'src/cli/usage.ts',
    ]);
  });
});
