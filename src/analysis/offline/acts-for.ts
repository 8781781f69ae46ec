// Whether a name at the end of a speaker phrase is whom the phrase's person acts for: a lawyer's client.
import type { Mention } from './entities.ts';
import { TITLE_WORDS } from './lexicon.ts';
import { isPersonNoun } from './speaker-like.ts';
import { isCapitalised, lowerOf, type Token } from './tokens.ts';

/**
 * "a lawyer for Ilse Varga", "a spokeswoman for Vice President Ada Brenner": a person named right after "for"
 * (or "of", "to") that follows a lower-case noun for people is whom that person speaks for, and their words
 * are not the client's. "Secretary of State Otto Hallam" (a title) and "chief of staff Tomas Reyes" (the
 * name after the preposition's own noun) are the named people.
 */
export function actsFor(tokens: Token[], from: number, named: Mention): boolean {
  if (named.entity.kind !== 'person') return false;
  let k = tokens.findIndex((t) => t.start === named.start) - 1;
  // Back over titles, and over the other clients of "lawyers for both Tomas Varga and Ilse Varga".
  // And over a description written before the name: "a spokesman for Democratic presidential candidate X".
  let described = 0;
  while (
    k > from &&
    (SKIPPED.has(lowerOf(tokens[k])) ||
      TITLE_WORDS.has(lowerOf(tokens[k])) ||
      isCapitalised(tokens[k]?.text ?? '') ||
      (DESCRIBING.test(tokens[k]?.text ?? '') && !FOR_WORDS.has(lowerOf(tokens[k])) && described++ < 3))
  )
    k--;
  if (k <= from || !FOR_WORDS.has(lowerOf(tokens[k]))) return false;
  // Only "for" before a description: "chief of staff Ada Roe", "secretary of state Ada Roe" are offices.
  if (described > 0 && lowerOf(tokens[k]) !== 'for') return false;
  const noun = tokens[k - 1] as Token;
  return /^\p{Ll}/u.test(noun.text) && isPersonNoun(lowerOf(noun));
}

const FOR_WORDS = new Set(['for', 'of', 'to']);
/** A lower-case word of a description: "presidential", "candidate", "longtime". */
const DESCRIBING = /^\p{Ll}+$/u;
const SKIPPED = new Set(['the', '.', ',', 'and', 'both']);
