// A pure function of a string, memoised in a Map that starts over once it holds `cap` entries: the answers
// are asked again and again within an article (names, mostly), and the memo must stay small whatever a
// long-running process reads. Starting over, not evicting one by one, keeps each ask to one look-up.

/** `fn`, answering from a memo of at most `cap` entries; `fn` must give the same answer for the same key. */
export function boundedMemo<V>(fn: (key: string) => V, cap: number): (key: string) => V {
  const memo = new Map<string, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = fn(key);
      if (memo.size >= cap) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}
