// Resolves on the event loop's next turn, after the I/O callbacks and promise jobs already queued: CPU-bound work
// awaited behind it runs only once a request started just before (a model call) has been written to its socket,
// so the work overlaps the request's latency instead of delaying the request.
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Runs `work` once a request started just before has been written and one full I/O phase has passed, so what
 * else its sending needs (the rest of a long body on 'drain'; a server in this process reading it and starting
 * its clock, as in the bench) is not held up behind the work. For CPU-bound work that waits for the answer.
 */
export async function whileSending<T>(work: () => T): Promise<T> {
  await nextTurn();
  await nextTurn();
  return work();
}
