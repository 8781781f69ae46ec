// The pipeline stays platform-free: only the Slack edge and the renderers may import Slack packages,
// and nothing but config.ts reads the environment.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [relative(root, path)] : [];
  });
}

const files = sourceFiles(join(root, 'src'));

describe('architecture', () => {
  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('keeps Slack imports in src/slack and src/render', () => {
    const offenders = files.filter(
      (file) =>
        !/^src\/(slack|render)\//.test(file) &&
        /from ['"]@slack\//.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('reads process.env only in config.ts and the process entry points', () => {
    const allowed = new Set(['src/config.ts', 'src/cli/main.ts', 'src/slack/main.ts']);
    const offenders = files.filter(
      (file) => !allowed.has(file) && /process\.env\b/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps files small', () => {
    const large = files.filter((file) => readFileSync(join(root, file), 'utf8').split('\n').length > 300);
    expect(large).toEqual([]);
  });
});
