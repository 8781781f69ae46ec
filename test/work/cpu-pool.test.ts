// Issue 9, item 1: CPU work runs in a bounded pool with a time budget; the event loop never waits on it.
import { afterEach, describe, expect, it } from 'vitest';
import { articleFromPaste } from '../../src/ingest/ingest.ts';
import { silentLogger } from '../../src/logger.ts';
import type { RawAnalysis } from '../../src/types.ts';
import { type CpuPool, createCpuPool } from '../../src/work/cpu-pool.ts';

const hangingWorker = new URL('../support/cpu-test-worker.ts', import.meta.url);
let pool: CpuPool | undefined;
afterEach(async () => {
  await pool?.close();
});

describe('the CPU pool', () => {
  it('abandons a task past its budget, replaces the worker, and keeps the event loop free meanwhile', async () => {
    pool = createCpuPool({ size: 1, budgetMs: 1_500, logger: silentLogger(), workerUrl: hangingWorker });
    const first = await pool.run<{ threadId: number }>({
      kind: 'extract',
      html: 'ok',
      url: 'http://a.test/',
    });
    const hanging = pool.run({ kind: 'extract', html: 'hang', url: 'http://a.test/' });
    const outcome = hanging.then(
      () => 'finished',
      (error: { code?: string; message?: string }) => `${error.code}: ${error.message}`,
    );
    // While the worker spins, this thread still runs timers and I/O: the loop is not waiting.
    const ticked = await Promise.race([
      new Promise((resolve) => setTimeout(() => resolve('ticked'), 20)),
      outcome,
    ]);
    expect(ticked).toBe('ticked');
    expect(await outcome).toBe(
      'extract_too_complex: This page is too complex to read. Paste the article text instead.',
    );
    const next = await pool.run<{ threadId: number }>({ kind: 'extract', html: 'ok', url: 'http://a.test/' });
    expect(next.threadId).not.toBe(first.threadId);
  });

  it('is bounded: beyond its queue a task is refused at once', async () => {
    pool = createCpuPool({
      size: 1,
      budgetMs: 60_000,
      maxQueued: 1,
      logger: silentLogger(),
      workerUrl: hangingWorker,
    });
    const running = pool.run({ kind: 'extract', html: 'hang', url: 'http://a.test/' }).catch(() => 'closed');
    const queued = pool.run({ kind: 'extract', html: 'ok', url: 'http://a.test/' }).catch(() => 'closed');
    await expect(pool.run({ kind: 'extract', html: 'ok', url: 'http://a.test/' })).rejects.toMatchObject({
      code: 'busy',
    });
    await pool.close();
    expect(await running).toBe('closed');
    expect(await queued).toBe('closed');
  });

  it('runs the real extraction and offline engine in its workers', async () => {
    pool = createCpuPool({ size: 2, budgetMs: 60_000, logger: silentLogger() });
    const page = await pool.run<{ text: string }>({
      kind: 'extract',
      html: '<html><head><title>Dock strike</title></head><body><article><p>Dock workers walked out on Monday, the union said.</p></article></body></html>',
      url: 'http://a.test/story',
    });
    expect(page.text).toContain('Dock workers walked out on Monday');
    await expect(
      pool.run({
        kind: 'extract',
        html: `${'<div>'.repeat(2_000)}x${'</div>'.repeat(2_000)}`,
        url: 'http://a.test/',
      }),
    ).rejects.toMatchObject({ code: 'extract_too_complex' });
    const article = articleFromPaste(
      'The mayor, Ana Ruiz, said: "The bridge stays shut until June."',
      'paste',
    );
    const analysis = await pool.run<RawAnalysis>({ kind: 'offline', article });
    expect(analysis.quotes.map((quote) => quote.text)).toContain('The bridge stays shut until June.');
  });
});
