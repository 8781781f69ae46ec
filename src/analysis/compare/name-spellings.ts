// "al-Qaddafi" and "Gadhafi", "Muammar" and "Moammar": one name transliterated by two outlets' house styles.
// Inside a quote the speaker said the name once; how it is spelled is the outlet's choice, not the speaker's
// words, so such a pair is no change of wording. Two different names ("Oryol" / "Vashkin") keep their flag.

import { isSpellingVariant } from './text-similarity.ts';

/** An Arabic article written onto a name: "al-", "el-", "ad-". */
const ARTICLE = /^(?:al|el|ad|ash|as|at|ar|an)-/;

/** Whether two capitalised words are one name spelled two ways: the same consonants, as a reader says them. */
export function spelledAlike(a: string, b: string): boolean {
  const [x, y] = [a.replace(ARTICLE, ''), b.replace(ARTICLE, '')];
  if (x === y || !/^\p{Lu}/u.test(x) || !/^\p{Lu}/u.test(y)) return false;
  const [p, q] = [skeleton(x), skeleton(y)];
  // Three consonants at least: two short names may share two by chance ("Mann", "Moon"). A vowel changed is
  // a spelling too ("Muammar" / "Moammar").
  return (p.length >= 3 && p === q) || isSpellingVariant(x, y);
}

/** Lower case, letters only, sounds that transliterations swap made one, vowels and h dropped, doubles one. */
function skeleton(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ph/g, 'f')
    .replace(/[qgc]/g, 'k')
    .replace(/[aeiouyhw]/g, '')
    .replace(/(.)\1+/g, '$1');
}
