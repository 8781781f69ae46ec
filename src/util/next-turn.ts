// Resolves on the event loop's next turn, after the I/O callbacks and promise jobs already queued: CPU-bound work
// awaited behind it runs only once a request started just before (a model call) has been written to its socket,
// so the work overlaps the request's latency instead of delaying the request.
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
