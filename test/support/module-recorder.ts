// Runs the copydesk command with a preload that records every module it loads: for the tests that say what a
// kind of run must not load (its cost is memory and start time, which the bench measures, never a test).
import { spawn } from 'node:child_process';
import { childEnv } from './child-env.ts';

const bin = new URL('../../bin/copydesk.js', import.meta.url).pathname;
// Preloaded into the child: prints every module URL it loads, then Node's own internal modules (which no hook
// sees: fetch's undici is one), one a line, on stderr at exit.
const recorder = `data:text/javascript,${encodeURIComponent(`
import { registerHooks } from 'node:module';
const urls = [];
registerHooks({ load(url, context, next) { urls.push(url); return next(url, context); } });
process.on('exit', () => {
  const internals = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => 'internal:' + m.slice(13));
  process.stderr.write([...urls, ...internals].join('\\n') + '\\n');
});
`)}`;

export interface RecordedRun {
  code: number | null;
  stdout: string;
  /** stderr without the recorded URLs. */
  stderr: string;
  modules: string[];
  /** Node's own modules, by id ("internal/deps/undici/undici"). */
  internals: string[];
}

export function runRecordingModules(args: string[], env: Record<string, string> = {}): Promise<RecordedRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', recorder, bin, ...args], {
      env: childEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = stderr.split('\n');
      const recorded = (line: string) => /^(file|node|data|internal):/.test(line);
      resolve({
        code,
        stdout,
        stderr: lines.filter((line) => line && !recorded(line)).join('\n'),
        modules: lines.filter((line) => line.startsWith('file:')),
        internals: lines.filter((line) => line.startsWith('internal:')).map((line) => line.slice(9)),
      });
    });
  });
}

/** The packages among the recorded modules, by name ("zod", "@keyv/redis"). */
export function packagesLoaded(modules: string[]): string[] {
  const names = modules.flatMap((url) => {
    const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    return match?.[1] ? [match[1]] : [];
  });
  return [...new Set(names)].sort();
}
