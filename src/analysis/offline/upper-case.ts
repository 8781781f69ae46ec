// `word === word.toUpperCase()`, read by character code. The text of most articles holds a curly quote, so
// every word cut from it is a two-byte string, whose case mapping goes through ICU; almost every word has an
// a-z letter, which answers no without any mapping.

/** `word === word.toUpperCase()`: ASCII read by code (no a-z), anything else asked of toUpperCase. */
export function isUpperCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code > 127) return word === word.toUpperCase();
    if (code >= 97 && code <= 122) return false;
  }
  return true;
}
