// Building patterns from text the program did not write (a name, a secret): every character the pattern
// language reads specially is escaped, so the text matches only itself.

/** `text` as a pattern that matches exactly it. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `word` stands in `text` with no letter right before or after it: in "Reyes’s", not "Reyesville". */
export function hasWord(text: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(text);
}
