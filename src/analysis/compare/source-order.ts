// Sources are shown in the order they were given (S1, S2, …, S10): by their number, never by their id as text.

/** A sort comparator putting items of earlier sources first. */
export function bySourceOrder(a: { source: string }, b: { source: string }): number {
  return Number(a.source.slice(1)) - Number(b.source.slice(1));
}
