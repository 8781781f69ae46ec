// Process: the load client. One warm-up mention, then EVENTS signed app_mention events sent at once, each
// timed from request to response. Runs apart from the app so its own work is not counted as the app's.
// Prints { ms, statuses } as one JSON line.
import { exampleText } from '../../../test/support/fixtures.ts';
import { eventEnvelope, mentionEvent } from '../../../test/support/slack-events.ts';
import { postSigned } from '../../../test/support/slack-signed-request.ts';

const port = Number(process.argv[2]);
const events = Number(process.argv[3] ?? 50);
const article = exampleText('daily-ledger');
const mention = (suffix: string) => eventEnvelope(mentionEvent({ text: `<@UCOPYDESK> ${article}${suffix}` }));

// The first delivery loads modules and opens connections; it is not an ack a user waits on in steady state.
await postSigned(port, mention('\n\nWarm-up.'));
await new Promise((resolve) => setTimeout(resolve, 500));
// The payloads are built before the clock starts, so the client's own work is kept out of the timings.
const payloads = Array.from({ length: events }, (_, index) => mention(`\n\nRun ${index}.`));
const timings = await Promise.all(
  payloads.map(async (payload) => {
    const start = performance.now();
    const response = await postSigned(port, payload);
    return { ms: performance.now() - start, status: response.status };
  }),
);
process.stdout.write(
  `${JSON.stringify({ ms: timings.map((t) => t.ms), statuses: timings.map((t) => t.status) })}\n`,
);
