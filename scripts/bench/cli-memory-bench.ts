// Peak RSS of the real `copydesk` process on a 5-source comparison, LLM and offline, measured in a child process
// so the benchmark's own servers do not count.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleResponder } from '../../test/support/example-llm.ts';
import { startFakeOpenAI } from '../../test/support/fake-openai-server.ts';
import { fiveSources } from './sources.ts';

const bin = new URL('../../bin/copydesk.js', import.meta.url).pathname;
const preload = new URL('./report-peak-rss.mjs', import.meta.url).href;

export interface MemoryFigures {
  llmPeakMb: number;
  offlinePeakMb: number;
}

export async function benchCliMemory(): Promise<MemoryFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-'));
  const files = fiveSources('memory').map((input, index) => {
    const path = join(dir, `source-${index + 1}.txt`);
    writeFileSync(path, input.kind === 'text' ? input.text : '');
    return path;
  });
  const llm = await startFakeOpenAI(exampleResponder());
  try {
    const env = { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: dir };
    const llmEnv = { ...env, OPENAI_BASE_URL: llm.url, OPENAI_API_KEY: 'bench' };
    // A first run fills Node's compile cache, as any earlier run on the machine has (start-bench does the same):
    // without it, a first run after a change measures compiling and stripping every module (~20 MB more).
    await peakMb([...files, '--no-cache'], llmEnv);
    await peakMb([...files, '--no-cache', '--offline'], env);
    const llmPeakMb = await peakMb([...files, '--no-cache'], llmEnv);
    const offlinePeakMb = await peakMb([...files, '--no-cache', '--offline'], env);
    return { llmPeakMb, offlinePeakMb };
  } finally {
    await llm.close();
  }
}

function peakMb(args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', preload, bin, ...args], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const kb = Number(/peak-rss-kb (\d+)/.exec(stderr)?.[1]);
      if (code !== 0 || Number.isNaN(kb)) reject(new Error(`copydesk exited ${code}: ${stderr.trim()}`));
      else resolve(kb / 1024);
    });
  });
}
