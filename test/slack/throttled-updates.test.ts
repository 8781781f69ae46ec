// Progress and stream updates share one throttle: changes inside an interval go out as one update, taken when its
// slot comes; stop() drops a pending update and waits for one in flight; a failed update does not stop the next.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttledUpdates } from '../../src/slack/jobs/throttled-updates.ts';
import { capturedLogger } from '../support/slack-oauth.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('throttled updates', () => {
  it('sends the changes of one interval as one update, made when its slot comes', async () => {
    let state = 0;
    const sent: number[] = [];
    const updates = throttledUpdates(
      () => async () => void sent.push(state),
      1_000,
      capturedLogger().logger,
      'x',
    );
    state = 1;
    updates.request();
    state = 2;
    updates.request();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([2]);
    state = 3;
    updates.request();
    state = 4;
    updates.request();
    await vi.advanceTimersByTimeAsync(999);
    expect(sent).toEqual([2]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([2, 4]);
  });

  it('sends nothing when there is nothing to take, and nothing after stop', async () => {
    let pending: string | null = null;
    const sent: string[] = [];
    const updates = throttledUpdates(
      () => (pending === null ? null : () => Promise.resolve(void sent.push(pending as string))),
      100,
      capturedLogger().logger,
      'x',
    );
    updates.request();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([]);
    pending = 'a';
    updates.request();
    await updates.stop();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toEqual([]);
  });

  it('waits on stop for the update in flight, and logs a failed one without stopping the next', async () => {
    const captured = capturedLogger();
    let calls = 0;
    let finish: () => void = () => {};
    const updates = throttledUpdates(
      () => () => {
        calls += 1;
        if (calls === 1) return Promise.reject(new Error('ratelimited'));
        return new Promise<void>((resolve) => {
          finish = resolve;
        });
      },
      10,
      captured.logger,
      'progress update failed',
    );
    updates.request();
    await vi.advanceTimersByTimeAsync(10);
    updates.request();
    await vi.advanceTimersByTimeAsync(10);
    expect(calls).toBe(2);
    expect(captured.text()).toContain('progress update failed');
    let stopped = false;
    const stopping = updates.stop().then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(stopped).toBe(true);
  });
});
