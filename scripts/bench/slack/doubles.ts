// Process: the Slack Web API double and the stub LLM, apart from the app and the load client so neither
// competes with the app for its event loop. Prints their URLs as one JSON line; stops on SIGTERM.
import { exampleResponder } from '../../../test/support/example-llm.ts';
import { startFakeOpenAI } from '../../../test/support/fake-openai-server.ts';
import { startFakeSlack } from '../../../test/support/slack-fake-api.ts';

// Longer than any client's keep-alive (undici's is 4 s), so the app reuses its connections.
const keepAliveMs = 65_000;
const slack = await startFakeSlack({ keepAliveMs });
const llm = await startFakeOpenAI(exampleResponder(), { keepAliveMs });
process.stdout.write(`${JSON.stringify({ slackUrl: slack.url, llmUrl: llm.url })}\n`);
process.once('SIGTERM', async () => {
  await Promise.all([slack.close(), llm.close()]);
  process.exit(0);
});
