// Ack latency of the real Bolt HTTP receiver: 50 signed app_mention events sent at once, each timed from
// request to HTTP 200. The jobs they start run against a local Slack stand-in and a stub LLM.
import { exampleText } from '../../test/support/fixtures.ts';
import { eventEnvelope, mentionEvent } from '../../test/support/slack-events.ts';
import { startHarness } from '../../test/support/slack-harness.ts';
import { percentile } from './stats.ts';

export interface AckFigures {
  events: number;
  p50: number;
  p99: number;
  max: number;
  non200: number;
}

export async function benchSlackAck(events = 50): Promise<AckFigures> {
  const harness = await startHarness();
  try {
    const article = exampleText('daily-ledger');
    // One warm-up delivery so module loading is not counted as latency.
    await harness.send(eventEnvelope(mentionEvent({ text: `<@UCOPYDESK> ${article}` })));
    await harness.settle();
    const timings = await Promise.all(
      Array.from({ length: events }, async (_, index) => {
        const payload = eventEnvelope(mentionEvent({ text: `<@UCOPYDESK> ${article}\n\nRun ${index}.` }));
        const start = performance.now();
        const response = await harness.send(payload);
        return { ms: performance.now() - start, status: response.status };
      }),
    );
    await harness.settle();
    const ms = timings.map((timing) => timing.ms);
    return {
      events,
      p50: percentile(ms, 50),
      p99: percentile(ms, 99),
      max: Math.max(...ms),
      non200: timings.filter((timing) => timing.status !== 200).length,
    };
  } finally {
    await harness.stop();
  }
}
