// A CPU-pool worker for tests: "hang" never finishes (a page that would hold a thread for good); anything else
// answers at once with the thread it ran on, so a test can see a worker was replaced.
import { parentPort, threadId } from 'node:worker_threads';

parentPort?.on('message', ({ id, task }: { id: number; task: { html?: string } }) => {
  if (task.html === 'hang') for (;;) {}
  parentPort?.postMessage({ id, ok: true, value: { threadId } });
});
