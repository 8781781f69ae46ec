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
// "burst" (issue 9's row): the events come from 10 workspaces, and every other one is a 6,000-word paste.
const burst = process.argv[4] === 'burst';
const paste = longPaste(6_000);
const payloads = Array.from({ length: events }, (_, index) => {
  const envelope = burst && index % 2 === 1 ? pasted(index) : mention(`\n\nRun ${index}.`);
  if (!burst) return envelope;
  const team = `T${String(index % 10).padStart(9, '0')}`;
  return { ...envelope, team_id: team, authorizations: [{ ...envelope.authorizations[0], team_id: team }] };
});
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

function pasted(index: number) {
  return eventEnvelope(mentionEvent({ text: `<@UCOPYDESK> ${paste}\n\nRun ${index}.` }));
}

/** The examples repeated to about `words` words: a long paste, as a newsroom pastes a long feature. */
function longPaste(words: number): string {
  const texts = ['northern-courier', 'coastline-wire', 'daily-ledger'] as const;
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const text = exampleText(texts[i % texts.length] as (typeof texts)[number]);
    parts.push(text);
    count += text.split(/\s+/).length;
  }
  return parts.join('\n\n');
}
