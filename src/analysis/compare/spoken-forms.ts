// "he's" and "he is", "gonna" and "going to", "motherf***er" and the word it stars out, "Qaddafi" and
// "Gadhafi": one outlet's transcription or house style against another's, not the speaker's words changed.
// Editors read such pairs flagged as "the same quote worded differently" as noise; only a change beyond them is
// a variant.

import { spelledAlike } from './name-spellings.ts';

/** Written-out forms and the contraction either outlet may print for them, in lower case. */
const CONTRACTIONS: [RegExp, string][] = [
  [/\bgoing to\b/g, 'gonna'],
  [/\bwant to\b/g, 'wanna'],
  [/\bgot to\b/g, 'gotta'],
  [/\b(i) am\b/g, "$1'm"],
  [/\b(he|she|it|that|there|what|who|here) (?:is|has)\b/g, "$1's"],
  [/\b(we|you|they) are\b/g, "$1're"],
  [/\b(i|we|you|they) have\b/g, "$1've"],
  [/\b(i|we|you|he|she|they|it) will\b/g, "$1'll"],
  [/\b(i|we|you|he|she|they) would\b/g, "$1'd"],
  [/\blet us\b/g, "let's"],
  [/\bwill not\b/g, "won't"],
  [/\bcan ?not\b/g, "can't"],
  [/\b(do|does|did|is|are|was|were|have|has|had|would|could|should|must|need) not\b/g, "$1n't"],
];

/** Whether two stretches of words are one speech written two ways: contractions, or a word starred out. */
export function sameSpokenForm(a: string, b: string): boolean {
  const x = spoken(a);
  const y = spoken(b);
  if (x.length === 0 || x.length !== y.length) return false;
  // Names keep their case here: only a capitalised word is a name another outlet may spell its own way.
  const [cx, cy] = [words(a), words(b)];
  const names = cx.length === x.length && cy.length === y.length;
  return x.every(
    (word, i) =>
      word === y[i] ||
      starredAlike(word, y[i] as string) ||
      (names && spelledAlike(cx[i] as string, cy[i] as string)),
  );
}

function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}*'’]+|[^\p{L}*'’]+$/gu, ''))
    .filter(Boolean);
}

function spoken(text: string): string[] {
  let form = text.toLowerCase().replace(/[’‘]/g, "'");
  for (const [written, contracted] of CONTRACTIONS) form = form.replace(written, contracted);
  return form
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}*']+|[^\p{L}*']+$/gu, ''))
    .filter(Boolean);
}

/** "motherf***er" and "motherfucker": the starred letters stand for some letters of the same word. */
function starredAlike(a: string, b: string): boolean {
  const [starred, plain] = a.includes('*') ? [a, b] : [b, a];
  if (!starred.includes('*') || plain.includes('*')) return false;
  const pattern = starred
    .split(/\*+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\p{L}+');
  return new RegExp(`^${pattern}$`, 'u').test(plain);
}
