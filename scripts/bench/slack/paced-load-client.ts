// Process: the load client of the several-instances bench. After a warm-up, EVENTS signed app_mention events, evenly paced over
// SECONDS, round robin over the instances' ports, from 10 workspaces, each timed from request to response. With
// KILL_PID and KILL_AT, that process is killed with SIGKILL just before event KILL_AT is sent, so "before the
// kill" is an exact set of events however long the warm-up took. A
// connection refused or dropped (an instance killed) is delivered again to the next instance at once, as a load
// balancer in front of them would, marked as Slack marks a retry; its time counts from the first try. Prints
// { ms, statuses, threads, retried } as one JSON line when every event is answered.
import { exampleText } from '../../../test/support/fixtures.ts';
import { eventEnvelope, mentionEvent } from '../../../test/support/slack-events.ts';
import { postSigned } from '../../../test/support/slack-signed-request.ts';

const ports = (process.argv[2] ?? '').split(',').map(Number);
const events = Number(process.argv[3] ?? 500);
const seconds = Number(process.argv[4] ?? 10);
const killPid = Number(process.argv[5] ?? 0);
const killAt = Number(process.argv[6] ?? -1);
const article = exampleText('daily-ledger');
const WARM_UP_PER_INSTANCE = 5;

const threads: string[] = [];
const envelope = (index: number, team: string) => {
  const event = mentionEvent({ text: `<@UCOPYDESK> ${article}\n\nRun ${index}.` });
  if (index >= 0) threads.push(event.ts);
  const base = eventEnvelope(event);
  return { ...base, team_id: team, authorizations: [{ ...base.authorizations[0], team_id: team }] };
};

// The first deliveries to each instance load modules, compile code paths and open connections: five mentions
// each, answered before the clock starts, are not counted (an instance in service has long done this).
for (let round = 0; round < WARM_UP_PER_INSTANCE; round++) {
  await Promise.all(
    ports.map((port, n) => postSigned(port, envelope(-1 - n - round * ports.length, 'T000000000'))),
  );
}
await new Promise((resolve) => setTimeout(resolve, 2_000));

const payloads = Array.from({ length: events }, (_, index) =>
  envelope(index, `T${String(index % 10).padStart(9, '0')}`),
);
let retried = 0;
const send = async (index: number): Promise<{ ms: number; status: number }> => {
  const payload = payloads[index] as ReturnType<typeof envelope>;
  const start = performance.now();
  for (let attempt = 0; attempt < ports.length; attempt++) {
    const port = ports[(index + attempt) % ports.length] as number;
    try {
      const response = await postSigned(port, payload, attempt > 0 ? { retryNum: attempt } : {});
      return { ms: performance.now() - start, status: response.status };
    } catch {
      retried += 1;
    }
  }
  return { ms: performance.now() - start, status: 0 };
};
const gapMs = (seconds * 1_000) / events;
const began = performance.now();
const pending: Promise<{ ms: number; status: number }>[] = [];
for (let index = 0; index < events; index++) {
  const due = began + index * gapMs;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  if (index === killAt && killPid) process.kill(killPid, 'SIGKILL');
  pending.push(send(index));
}
const timings = await Promise.all(pending);
process.stdout.write(
  `${JSON.stringify({
    ms: timings.map((t) => t.ms),
    statuses: timings.map((t) => t.status),
    threads,
    retried,
  })}\n`,
);
