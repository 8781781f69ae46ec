// Listeners start one per turn of the event loop, so the I/O of each turn (the next acknowledgements of a
// burst) is never held behind a queue of listeners.
import { describe, expect, it } from 'vitest';
import { onePerTurn } from '../../src/slack/http/one-per-turn.ts';

describe('onePerTurn', () => {
  it('runs one task a turn, letting the loop go round in between', async () => {
    const later = onePerTurn();
    const order: string[] = [];
    const busy = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    later(() => {
      order.push('A');
      busy(3);
    });
    later(() => order.push('B'));
    later(() => order.push('C'));
    // Due by the time A is done: a loop that went round runs it before B.
    setTimeout(() => order.push('timer'), 1);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(order).toEqual(['A', 'timer', 'B', 'C']);
  });

  it('starts again after it ran dry', async () => {
    const later = onePerTurn();
    const order: string[] = [];
    later(() => order.push('first'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    later(() => order.push('second'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(order).toEqual(['first', 'second']);
  });
});
