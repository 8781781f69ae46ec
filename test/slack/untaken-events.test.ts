// The front door's watch on the events the main thread has not taken: one error line when the oldest has waited
// past the limit, one line when the main thread takes events again, nothing while it keeps up.
import { describe, expect, it } from 'vitest';
import { untakenEvents } from '../../src/slack/http/untaken-events.ts';
import { capturedLogger } from '../support/slack-oauth.ts';

const messages = (lines: string[]) => lines.map((line) => JSON.parse(line).msg);

describe('untaken events', () => {
  it('logs a stall once, when the oldest untaken event has waited past the limit, and its end once', () => {
    let clock = 1_000;
    const captured = capturedLogger();
    const untaken = untakenEvents(500, captured.logger, () => clock);
    const first = untaken.handed();
    clock += 300;
    const second = untaken.handed();
    untaken.check();
    expect(captured.lines).toEqual([]);
    clock += 300;
    // The first has waited 600 ms: a stall, logged once however often it is checked.
    untaken.check();
    untaken.check();
    expect(messages(captured.lines)).toEqual([
      'the main thread has stopped taking events; the front door still acknowledges and holds them',
    ]);
    expect(JSON.parse(captured.lines[0] as string)).toMatchObject({ level: 50, waitedMs: 600, untaken: 2 });
    untaken.taken(first);
    untaken.taken(second);
    clock += 10_000;
    untaken.check();
    expect(messages(captured.lines)).toEqual([
      'the main thread has stopped taking events; the front door still acknowledges and holds them',
      'the main thread takes events again',
    ]);
  });

  it('logs nothing while every event is taken as it is handed', () => {
    let clock = 0;
    const captured = capturedLogger();
    const untaken = untakenEvents(10, captured.logger, () => clock);
    for (let n = 0; n < 100; n++) {
      untaken.taken(untaken.handed());
      clock += 1_000;
      untaken.check();
    }
    expect(captured.lines).toEqual([]);
  });
});
