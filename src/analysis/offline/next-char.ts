// The next place a character occurs in a text, for a reader that moves forward: each answer is kept until the
// reader passes it, so finding every occurrence costs one indexOf (a native memchr-like search) per
// occurrence rather than a character-by-character loop over all the text. The sentence splitter finds its
// stops (. ! ?) with it.

export interface NextChar {
  readonly char: string;
  /** Where the kept answer was searched from, and the answer: no occurrence in [from, at). */
  from: number;
  at: number;
}

export function nextChar(char: string): NextChar {
  return { char, from: 0, at: -1 };
}

/** The first offset at or after `from` holding the character, or text.length when none does. */
export function nextAt(next: NextChar, text: string, from: number): number {
  if (from < next.from || from > next.at) {
    const at = text.indexOf(next.char, from);
    next.from = from;
    next.at = at < 0 ? text.length : at;
  }
  return next.at;
}
