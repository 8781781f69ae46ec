// Word tokens with their character offsets: the unit of fuzzy matching and of quote diffs.

export interface Token {
  /** Lower-cased, quote marks and edge punctuation removed: what comparisons use. */
  key: string;
  /** The word as written. */
  raw: string;
  start: number;
  end: number;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const raw = match[0];
    const key = raw
      .toLowerCase()
      .replace(/[‘’‚‛`´]/g, "'")
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (key === '') continue;
    tokens.push({ key, raw, start: match.index, end: match.index + raw.length });
  }
  return tokens;
}
