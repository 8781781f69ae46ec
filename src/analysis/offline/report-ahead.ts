// "…, and rights groups warned that …": after ", and" a new subject and a verb of saying in the past start another
// source's report, where the one before ends; so does another share's answer or the reporter's comparison.
import { INDIRECT_CUES } from './lexicon.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

/**
 * A subject of up to five words, then a verb of saying in the past: "rights groups warned", "people close to him
 * have predicted".
 */
export function reportsAhead(tokens: Token[], at: number): boolean {
  if (SAME_SUBJECT_VERBS.has(lowerOf(tokens[at]))) return false;
  for (let k = at + 1; k <= at + 5; k++) {
    const word = lowerOf(tokens[k]);
    if (!isWord(tokens[k])) return false;
    if (INDIRECT_CUES.has(word) && /(?:ed|aid|old|ote)$/.test(word)) return true;
  }
  return false;
}

/** A modal or a copula after ", and": the same subject's next verb ("…, and would be counterproductive to …"). */
const SAME_SUBJECT_VERBS = new Set(
  'would will could should can may might must is are was were be'.split(' '),
);

/**
 * "…, saying that he must resign and questioning his judgment": after a report a participle introduced, "and" and
 * another participle go on the reporter's sentence, the one the first participle opened, not the report.
 */
export function parallelParticiple(tokens: Token[], from: number, and: number): boolean {
  const cue = lowerOf(tokens[from - 1]);
  const next = tokens[and + 1];
  return cue.endsWith('ing') && next?.word === true && /^\p{Ll}{3,}ing$/u.test(next.text) && and > from + 2;
}

/** "… satisfied with the mayor and 60 percent said …": after "and", another share's answer begins. */
export function shareSaysAhead(tokens: Token[], at: number): boolean {
  return (
    /^\d/.test(tokens[at]?.text ?? '') &&
    /^(?:percent|%)$/.test(lowerOf(tokens[at + 1])) &&
    SAYS.has(lowerOf(tokens[at + 2]))
  );
}
const SAYS = new Set(['say', 'says', 'said']);

/** "…, compared with 33 percent last month": after a comma, the reporter's comparison. */
export function comparedAhead(tokens: Token[], k: number): boolean {
  return lowerOf(tokens[k]) === 'compared' && ['with', 'to'].includes(lowerOf(tokens[k + 1]));
}
