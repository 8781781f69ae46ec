// "Brandt responded to Reyes’s remark that the levy made him “richer”": after a verb of answering, "to" and a
// "that", the words are the ones answered, and not the answer, when what is answered is something said. Answering
// a person ("Brandt replied to Reyes that the post was a “joy”"), the words after "that" are the answer.
import { isPossessive, lowerOf, type Token } from './tokens.ts';

/**
 * What marks the thing answered as words: a determiner or a noun for them ("the charge", "his question"). A
 * determiner also opens "the mayor": such an answer goes uncredited, which is safer than crediting a remark.
 */
const ANSWERED_MARKERS = new Set(
  `the a an this his her their its remark remarks comment comments claim claims charge charges question questions
  criticism accusation accusations allegation allegations suggestion statement assertion words`.split(/\s+/),
);

/** Whether region[from..markAt), what follows "answered to", names words said (and a "that" gives them). */
export function answersWordsSaid(region: Token[], from: number, markAt: number): boolean {
  for (let k = from; k < markAt; k++) {
    const token = region[k] as Token;
    if (token.text === 'that') return false;
    // "Mr. Trump’s debate interjection": a possessive marks it too, whatever the noun.
    if (isPossessive(token.text) || ANSWERED_MARKERS.has(lowerOf(token)))
      return region.slice(k + 1, markAt).some((t) => t.text === 'that');
  }
  return false;
}
