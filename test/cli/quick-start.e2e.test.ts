// `copydesk --version` and `--help` are answered before the pipeline is imported: no zod, pino, undici or
// compromise, and none of copydesk's own modules beyond the entry and its answer (speed itself is the bench's).
import { describe, expect, it } from 'vitest';
import { runRecordingModules } from '../support/module-recorder.ts';

describe('copydesk starts fast', () => {
  it.each([['--version'], ['--help'], ['-h']])('answers %s without loading the pipeline', async (flag) => {
    const { code, stdout, modules } = await runRecordingModules([flag]);
    expect(code).toBe(0);
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
