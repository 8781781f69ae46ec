// Quote marks around a name rather than words someone said: a show ("Face the Nation"), a book, a film, an
// event ("Commander-in-Chief Forum"). Real copy is full of them right next to verbs of saying ("Brenner told
// Channel 4's “Harbour Hour” that …"), so the attribution rules would otherwise report them as quotes.

const SMALL_WORDS = new Set(
  'a an the and or of in on at to for with from by as but nor vs via de la le du'.split(' '),
);

/**
 * Title case, short, not shouted and not a sentence: every word but the small ones capitalised, no
 * sentence punctuation inside, and at most a full stop at the end (copy puts the sentence's own stop inside
 * the marks: on “State of the Union.”).
 */
export function isQuotedTitle(quoted: string): boolean {
  // “Yes,” she said — a comma or a mark at the end is the speaker's own punctuation.
  if (/[,!?]$/.test(quoted.trim())) return false;
  // “Nobody.” — one word with a full stop is an answer.
  if (!/\s/.test(quoted.trim()) && quoted.trim().endsWith('.')) return false;
  const text = quoted.trim().replace(/\.$/, '');
  if (/[.!?;:]/.test(text.replace(/\b\p{Lu}\./gu, ''))) return false;
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  if (text === text.toUpperCase()) return false;
  const content = words.filter((word, i) => i === 0 || !SMALL_WORDS.has(word.toLowerCase()));
  return content.every((word) => /^[\p{Lu}\p{N}(]/u.test(word));
}
