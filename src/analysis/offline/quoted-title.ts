// Quote marks around a name rather than words someone said: a show ("Face the Nation"), a book, a film, an
// event ("Commander-in-Chief Forum"). Real copy is full of them right next to verbs of saying ("Brenner told
// Channel 4's “Harbour Hour” that …"), so the attribution rules would otherwise report them as quotes.

const SMALL_WORDS = new Set(
  'a an the and or of in on at to for with from by as but nor vs via de la le du &'.split(' '),
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
  // A subtitle after a colon stays a title ("The Harbour: Part II"); other inner punctuation makes a sentence.
  if (/[.!?;:]/.test(text.replace(/\b\p{Lu}\./gu, '').replace(/:\s+(?=\p{Lu})/gu, ' '))) return false;
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  if (text === text.toUpperCase()) return false;
  const content = words.filter((word, i) => i === 0 || !SMALL_WORDS.has(word.toLowerCase()));
  return content.every((word) => /^[\p{Lu}\p{N}(]/u.test(word));
}

/**
 * A name after "on", "in", "from" or "of", perhaps with its owner: said on “Outnumbered.”, a broadcast of
 * “Harbour Sunday,”, on Channel 4's “Harbour Hour”. One to four
 * words opening with a capital and no comma of a speaker's own: a show, a paper or a film, not words said.
 */
export function isNamedAfterPreposition(textBefore: string, quoted: string): boolean {
  if (!/\b(?:on|in|from|of)(?:\s+\p{Lu}[\p{L}.&-]*['’]s)?\s*[“"]?$/iu.test(textBefore.trimEnd()))
    return false;
  const text = quoted.trim().replace(/[.,]$/, '');
  const words = text.split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 4 && /^\p{Lu}/u.test(text) && !/[,!?]/.test(text);
}
