// "The governor said claims that harbour activists “hate every captain” were false": the quote is what the claims
// say, and no one in the sentence is shown saying it; the speaker dismissed it. A noun of claiming taken up by a
// verb that answers it ("said claims that", "denied the allegations that", "responded to suggestions that"), with
// a clause of its own after "that" (its subject before the quote) and the quote inside that clause, gives the
// quote no credit. Not "relying on claims that “are not proven”", where the quote opens the relative clause in the
// speaker's own words; and two tensed verbs between "that" and the quote ("claims that the port sank were
// “absurd”") make the quote the speaker's verdict on the claim, which stays theirs.
import { documentShows } from './document-participle.ts';
import { ANSWERING, OTHERS_WORDS } from './report-speaker.ts';
import { isTensedWord } from './tensed-word.ts';
import { lowerOf, type Token } from './tokens.ts';

/**
 * Words that take up another's claim to answer it: the verbs of answering a report's clause is read with, and
 * "said", "called", "refuted", "countered"; "to" and "against" as in "responded to", "pushed back against".
 */
const TAKERS = new Set([
  ...ANSWERING,
  ...'said says called calls denies dismisses rejects disputes refuted refutes countered to against'.split(
    ' ',
  ),
]);
const DETERMINERS = new Set(['the', 'these', 'those', 'such', 'any', 'recent']);

/**
 * Whether the quote at `markAt` is the content of a noun of claiming at tokens[i] that the sentence answers, or
 * what a document there shows (document-participle.ts). `tokens` are the sentence's, the quote's marker included.
 */
export function isClaimContent(tokens: Token[], i: number, markAt: number): boolean {
  if (documentShows(tokens, i, markAt)) return true;
  if (!OTHERS_WORDS.has(lowerOf(tokens[i])) || lowerOf(tokens[i + 1]) !== 'that' || markAt <= i + 2)
    return false;
  const taker = DETERMINERS.has(lowerOf(tokens[i - 1])) ? tokens[i - 2] : tokens[i - 1];
  if (!TAKERS.has(lowerOf(taker))) return false;
  let verbs = 0;
  for (let k = i + 2; k < markAt; k++) if (isTensedWord(tokens[k])) verbs++;
  return verbs < 2;
}
