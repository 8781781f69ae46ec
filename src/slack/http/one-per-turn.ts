// Work started one task per turn of the event loop. Each turn's I/O (the next requests of a burst, read and
// acknowledged by the gate) comes before the next task, so an acknowledgement waits behind at most one
// listener's first synchronous step, never behind the whole burst's.
export type Later = (task: () => void) => void;

export function onePerTurn(): Later {
  const waiting: (() => void)[] = [];
  let scheduled = false;
  const runNext = (): void => {
    const task = waiting.shift();
    // setImmediate from inside a check phase runs on the next turn, after that turn's I/O.
    if (waiting.length > 0) setImmediate(runNext);
    else scheduled = false;
    task?.();
  };
  return (task) => {
    waiting.push(task);
    if (scheduled) return;
    scheduled = true;
    setImmediate(runNext);
  };
}
