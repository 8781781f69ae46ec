// Binary search over ranges sorted by position that do not overlap: sentences, quotes, name mentions.

/** Index of the range containing `offset` (start inclusive, end exclusive), or -1. */
export function indexOfRangeAt<T>(
  ranges: readonly T[],
  offset: number,
  start: (range: T) => number,
  end: (range: T) => number,
): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = ranges[mid] as T;
    if (offset < start(range)) hi = mid - 1;
    else if (offset >= end(range)) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the last item starting before `offset` in items sorted by start, or -1 when none does. */
export function lastIndexBefore<T>(items: readonly T[], offset: number, start: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (start(items[mid] as T) < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}
