// The front door's count of events the main thread has not taken: stalled once the oldest waits past the limit,
// and no longer once it is taken, with one log line each way.
import { describe, expect, it } from 'vitest';
import { untakenEvents } from '../../src/slack/http/untaken-events.ts';
import { capturedLogger } from '../support/slack-oauth.ts';

describe('untaken events', () => {
  it('is stalled only while the oldest untaken event has waited past the limit', () => {
    let clock = 1_000;
    const captured = capturedLogger();
    const untaken = untakenEvents(500, captured.logger, () => clock);
    expect(untaken.stalled()).toBe(false);
    const first = untaken.handed();
    clock += 300;
    const second = untaken.handed();
    clock += 300;
    // The first has waited 600 ms, the second 300.
    expect(untaken.stalled()).toBe(true);
    expect(untaken.stalled()).toBe(true);
    untaken.taken(first);
    expect(untaken.stalled()).toBe(false);
    clock += 300;
    expect(untaken.stalled()).toBe(true);
    untaken.taken(second);
    expect(untaken.stalled()).toBe(false);
    const messages = captured.lines.map((line) => JSON.parse(line).msg);
    expect(messages).toEqual([
      'the main thread has stopped taking events; the front door answers 503 until it does',
      'the main thread takes events again; the front door accepts them again',
      'the main thread has stopped taking events; the front door answers 503 until it does',
      'the main thread takes events again; the front door accepts them again',
    ]);
  });

  it('is never stalled when every event is taken as it is handed', () => {
    let clock = 0;
    const untaken = untakenEvents(10, capturedLogger().logger, () => clock);
    for (let n = 0; n < 100; n++) {
      untaken.taken(untaken.handed());
      clock += 1_000;
      expect(untaken.stalled()).toBe(false);
    }
  });
});
