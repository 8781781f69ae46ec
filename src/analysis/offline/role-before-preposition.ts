// Where a speaker phrase starts when a noun for people stands before a preposition: "Residents near the hotel
// said", "A spokeswoman for the guild said", "Critics on the left say". Read back from the phrase the backward
// parse found after the preposition ("the hotel"), it is the whole phrase that speaks, headed by the role.
import { DETERMINERS, inPhrase } from './noun-phrase.ts';
import { PP_HEADS } from './phrase-head.ts';
import { isPersonNoun } from './speaker-like.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

/**
 * The phrase's new start, or `from` when no role noun heads it. `reach` is where the words the preposition
 * governs begin (before "both Tomas Reyes and Ada Reyes" when it joins names). "Lawmakers at the scene of the
 * shooting": up to two prepositional hops back, one of them maybe over "and" ("officials at the port and in the
 * ministry").
 */
export function roleBeforePreposition(tokens: Token[], from: number, reach: number, lo: number): number {
  for (let hop = 0; hop < 2; hop++) {
    while (reach - 1 >= lo && ['the', 'a', 'an', 'both'].includes(lowerOf(tokens[reach - 1]))) reach--;
    if (!PP_HEADS.has(lowerOf(tokens[reach - 1]))) break;
    let k = reach - 2;
    // "officials at the port board and in the ministry": a second preposition joined by "and" to a first,
    // a few words back, is read from the first.
    if (lowerOf(tokens[k]) === 'and') {
      let p = k - 1;
      while (p >= lo && p > k - 6 && isWord(tokens[p]) && !PP_HEADS.has(lowerOf(tokens[p]))) p--;
      if (p >= lo && p < k - 1 && PP_HEADS.has(lowerOf(tokens[p]))) {
        reach = p + 1;
        continue;
      }
    }
    while (k >= lo && ['the', 'a', 'an'].includes(lowerOf(tokens[k]))) k--;
    if (k < lo || !isWord(tokens[k])) break;
    reach = k;
    if (!isPersonNoun(lowerOf(tokens[k]))) continue;
    let start = k;
    while (start - 1 >= lo && inPhrase(tokens, start - 1)) start--;
    // "likely to soothe nervous farmers on the coast, who …": the infinitive's verb is no part of it.
    if (start < k && lowerOf(tokens[start - 1]) === 'to' && !DETERMINERS.has(lowerOf(tokens[start]))) start++;
    return start;
  }
  return from;
}
