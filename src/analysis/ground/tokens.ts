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
    const key = keyOf(raw);
    if (key === '') continue;
    tokens.push({ key, raw, start: match.index, end: match.index + raw.length });
  }
  return tokens;
}

const CURLY_APOSTROPHE = /[‘’‚‛`´]/g;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** The comparison key of a word. Most words are plain ASCII letters and digits at both ends: those skip the
 * regular expressions, which cost most of the grounding's tokenising. */
function keyOf(raw: string): string {
  // "the ferry & the bridge" is the same words as "the ferry and the bridge", not a change.
  if (raw === '&') return 'and';
  let key = raw.toLowerCase();
  if (hasCurlyApostrophe(key)) key = key.replace(CURLY_APOSTROPHE, "'");
  if (isAsciiAlphanumeric(key.charCodeAt(0)) && isAsciiAlphanumeric(key.charCodeAt(key.length - 1)))
    return key;
  return key.replace(EDGE_PUNCTUATION, '');
}

function hasCurlyApostrophe(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    // ‘ ’ ‚ ‛ (U+2018–201B), ` and ´.
    if ((code >= 0x2018 && code <= 0x201b) || code === 0x60 || code === 0xb4) return true;
  }
  return false;
}

function isAsciiAlphanumeric(code: number): boolean {
  // Upper case needs no test: the key is lower-cased first.
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
}
