// A live blog's time stamp run into the headline after it: "9:52PMReyes Says …", "Updated 10:42 a.m.Lestria
// votes". The tokeniser keeps "PMReyes" and "a.m.Reyes" as one word, which then read as a name or a speaker;
// they are the clock's, and no name starts with them.
import type { Token } from './tokens.ts';

/** "a.m.Reyes" (never a name, wherever it stands), or "PMReyes" right after the clock's digits. */
export function isGluedClock(text: string, token: Token | undefined): boolean {
  // Both forms have "." or "M" second ("a.m.…", "PM…"): nearly every word is answered by that one character.
  const second = token?.text.charCodeAt(1);
  if (!token || (second !== 0x2e && second !== 0x4d)) return false;
  if (/^[ap]\.m\.\p{Lu}/u.test(token.text)) return true;
  return /^[AP]M\p{Lu}/u.test(token.text) && /\p{N}/u.test(text[token.start - 1] ?? '');
}
