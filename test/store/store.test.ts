import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { openConfiguredStore } from '../../src/store/open-configured-store.ts';
import { openStore, type Store } from '../../src/store/store.ts';

const run = promisify(execFile);
const opened: Store[] = [];
const open = (spec: string) => {
  const store = openStore(spec);
  opened.push(store);
  return store;
};
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});

const sqliteSpec = () =>
  `sqlite:${join(mkdtempSync(join(tmpdir(), 'copydesk-store-')), 'nested', 'cache.sqlite')}`;

describe.each([
  ['memory', () => 'memory'],
  ['sqlite', sqliteSpec],
])('%s store', (_name, spec) => {
  it('keeps values and lets them expire', async () => {
    const store = open(spec());
    await store.set('a', { quotes: [1, 2] });
    await store.set('short', 'gone soon', 20);
    expect(await store.get('a')).toEqual({ quotes: [1, 2] });
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(await store.get('short')).toBeUndefined();
  });

  it('grants a claim to exactly one of many concurrent callers', async () => {
    const store = open(spec());
    const results = await Promise.all(Array.from({ length: 20 }, () => store.claim('event:Ev123', 60_000)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('grants a claim again once it has expired', async () => {
    const store = open(spec());
    // Long enough that a busy machine cannot let it lapse between the first two claims.
    expect(await store.claim('k', 300)).toBe(true);
    expect(await store.claim('k', 300)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await store.claim('k', 300)).toBe(true);
  });
});

describe('sqlite store across processes', () => {
  it('persists between opens, so a repeat run hits the cache', async () => {
    const spec = sqliteSpec();
    const first = openStore(spec);
    await first.set('analysis:x', { summary: 'kept' });
    await first.close();
    expect(await open(spec).get('analysis:x')).toEqual({ summary: 'kept' });
  });

  it('lets only one of several processes claim the same event', async () => {
    const spec = sqliteSpec();
    open(spec); // creates the file and table first
    const script = `import { openStore } from ${JSON.stringify(new URL('../../src/store/store.ts', import.meta.url).pathname)};
      const store = openStore(${JSON.stringify(spec)});
      process.stdout.write(String(await store.claim('event:Ev42', 60000)));
      await store.close();`;
    const outputs = await Promise.all(
      Array.from({ length: 4 }, () =>
        run(process.execPath, ['--input-type=module', '-e', script]).then((r) => r.stdout),
      ),
    );
    expect(outputs.sort()).toEqual(['false', 'false', 'false', 'true']);
  });
});

it('refuses an unknown store spec with a clear message', () => {
  expect(() => openStore('postgres://db')).toThrow(
    'Unsupported COPYDESK_STORE "postgres://db": use "memory", "sqlite:PATH" or "redis://HOST:PORT[/DB]".',
  );
});

it('opens a configured local store, and refuses an unknown spec there with the same message', async () => {
  const store = await openConfiguredStore('memory');
  opened.push(store);
  await store.set('k', 1);
  expect(await store.get('k')).toBe(1);
  await expect(openConfiguredStore('postgres://db')).rejects.toThrow(
    'Unsupported COPYDESK_STORE "postgres://db"',
  );
});
