// Process: the Slack Web API double and the stub LLM, apart from the app and the load client so neither
// competes with the app for its event loop. Prints their URLs as one JSON line; stops on SIGTERM.
// `--llm-delay-ms=N`: every model answer takes N ms (a stub LLM with a model's latency). With it, the Slack double
// also counts what each thread got (POST /api/bench.threads), for the several-instances bench.
import { exampleResponder } from '../../../test/support/example-llm.ts';
import { startFakeOpenAI } from '../../../test/support/fake-openai-server.ts';
import { startFakeSlack } from '../../../test/support/slack-fake-api.ts';
import { isSheet } from '../../../test/support/slack-harness.ts';

const delayArg = process.argv.find((arg) => arg.startsWith('--llm-delay-ms='));
const delayMs = delayArg ? Number(delayArg.slice('--llm-delay-ms='.length)) : 0;

// Longer than any client's keep-alive (undici's is 4 s), so the app reuses its connections.
const keepAliveMs = 65_000;
const slack = await startFakeSlack({ keepAliveMs });
const examples = exampleResponder();
const llm = await startFakeOpenAI(
  async (request, index) => ({ ...(await examples(request, index)), ...(delayMs ? { delayMs } : {}) }),
  { keepAliveMs },
);
if (delayMs) countThreads();
process.stdout.write(`${JSON.stringify({ slackUrl: slack.url, llmUrl: llm.url })}\n`);
process.once('SIGTERM', async () => {
  await Promise.all([slack.close(), llm.close()]);
  process.exit(0);
});

/**
 * Per thread (the event's ts): placeholders posted, sheets delivered into them, and "ask again" sentences. Only
 * the counts are kept, not the calls, so 500 sheets do not fill this process's memory.
 */
function countThreads(): void {
  let seq = 0;
  const threadOf = new Map<string, string>();
  const threads = new Map<string, { placeholders: number; sheets: number; askAgain: number }>();
  const count = (thread: string) => {
    let counts = threads.get(thread);
    if (!counts) {
      counts = { placeholders: 0, sheets: 0, askAgain: 0 };
      threads.set(thread, counts);
    }
    return counts;
  };
  // conversations.replies is the double's own: it shows what the app wrote, metadata included when asked (a
  // recovering instance looks for its placeholder in the thread, a takeover reads its answer back by its ts).
  slack.on('chat.postMessage', (params) => {
    const ts = `1900000000.${String(++seq).padStart(6, '0')}`;
    const thread = String(params.thread_ts ?? ts);
    threadOf.set(ts, thread);
    const counts = count(thread);
    if (/ask again|had to restart/i.test(String(params.text))) counts.askAgain += 1;
    else counts.placeholders += 1;
    return { ok: true, channel: params.channel, ts };
  });
  slack.on('chat.update', (params, call) => {
    const thread = threadOf.get(String(params.ts));
    if (thread) {
      const counts = count(thread);
      if (isSheet(call)) counts.sheets += 1;
      else if (/ask again|had to restart|interrupted/i.test(String(params.text))) counts.askAgain += 1;
    }
    return { ok: true, channel: params.channel, ts: params.ts };
  });
  slack.on('bench.threads', () => ({ ok: true, threads: Object.fromEntries(threads) }));
  // The calls themselves are not kept: only the counts above.
  setInterval(() => {
    slack.calls.length = 0;
  }, 1_000).unref();
}
