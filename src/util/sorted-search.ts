// Binary search over a list kept in ascending order of some number: where the first item at or after a value
// stands, for readers that walk a window of a long list instead of the whole of it.

/** The index of the first item whose key is at least `at` (items ascending by key), or items.length. */
export function firstAtOrAfter<T>(items: readonly T[], at: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (key(items[middle] as T) < at) low = middle + 1;
    else high = middle;
  }
  return low;
}
