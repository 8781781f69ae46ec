// A worker of the CPU pool: runs one task at a time. The modules load on first use, so a worker that only
// extracts pages never loads the offline engine's word lists, and the reverse.
import { parentPort } from 'node:worker_threads';
import { CopydeskError } from '../errors.ts';
import type { CpuReply, CpuResult, CpuTask } from './cpu-task.ts';

async function perform(task: CpuTask): Promise<CpuResult> {
  if (task.kind === 'extract') {
    const { extractArticle } = await import('../ingest/web/extract-article.ts');
    return extractArticle(task.html, task.url);
  }
  const { analyseOffline } = await import('../analysis/offline/offline-engine.ts');
  return analyseOffline(task.article);
}

parentPort?.on('message', async ({ id, task }: { id: number; task: CpuTask }) => {
  let reply: CpuReply;
  try {
    reply = { id, ok: true, value: await perform(task) };
  } catch (error) {
    // Our own errors keep their code and user-facing message; others keep theirs for the log.
    reply =
      error instanceof CopydeskError
        ? { id, ok: false, code: error.code, message: error.message }
        : { id, ok: false, code: null, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
