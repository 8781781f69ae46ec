// "…, and rights groups warned that …": after ", and" a new subject and a verb of saying in the past start another
// source's report, where the one before ends; so does another share's answer or the reporter's comparison.

import { accordingAt } from './according-at.ts';
import { JOINING } from './clause-lead-in.ts';
import { wordLexicon } from './compromise-lexicon.ts';
import { CLAUSE_JOINERS, INDIRECT_CUES } from './lexicon.ts';
import { isVerbForm } from './tensed-word.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

/**
 * A subject of up to five words, then a verb of saying in the past: "rights groups warned", "people close to him
 * have predicted". An answer after "but" may stand further on: "but the legislature and the courts have rejected".
 */
export function reportsAhead(tokens: Token[], at: number, present = false): boolean {
  if (SAME_SUBJECT_VERBS.has(lowerOf(tokens[at]))) return false;
  // "says the state is safe, but crime rose 12 percent, according to FBI data": the source's clause.
  const joined = CLAUSE_JOINERS.has(lowerOf(tokens[at - 1])) && lowerOf(tokens[at]) !== 'that';
  const according = present && joined ? accordingAt(tokens, at + 1) : -1;
  if (according > 0 && tokens[according - 1]?.text === ',') return true;
  for (let k = at + 1; k <= at + 8; k++) {
    const word = lowerOf(tokens[k]);
    if (!isWord(tokens[k])) return false;
    const near = k <= at + 5;
    if (near && INDIRECT_CUES.has(word) && /(?:ed|aid|old|ote)$/.test(word)) return true;
    // "…, but her critics say she has not gone far enough": after a comma, a present report too (a reviewer's
    // read); without one "how experts say it would …" is a clause of the sentence, not another source's.
    if (near && present && PRESENT_REPORTS.has(word) && !conditioned(tokens, at, k)) return true;
    // "…, but viewers disagreed", "…, but an inquiry cleared her": another side's answer or finding, which the
    // speaker did not say (a reviewer's read: it had run on as the report's own words).
    const answer = REBUTTALS.has(word) && activeAnswer(tokens, k);
    if (present && answer && answersAfterBut(tokens, at) && !conditioned(tokens, at, k)) return true;
  }
  return false;
}

/**
 * reportsAhead where no comma sets the clause off ("… was fair and officials said …"): the words after "and"
 * must open a subject, not go on the first clause ("and that said plan …", "but also because she denied …",
 * "and liked how he answered"), and the verb must be active ("but the pleas were denied").
 */
export function subjectReportsAhead(tokens: Token[], at: number): boolean {
  const first = tokens[at];
  if (!first || NOT_SUBJECT_OPENERS.has(lowerOf(first)) || isVerbForm(first)) return false;
  if (!reportsAhead(tokens, at)) return false;
  const cue = tokens.findIndex((t, k) => k > at && INDIRECT_CUES.has(lowerOf(t)));
  // "… between crews and pilots and said …", "… and guards stopped the van and told …": no subject then its
  // verb; the first clause's own words go on.
  for (let k = at + 1; k < cue; k++)
    if (JOINING.has(lowerOf(tokens[k])) || isVerbForm(tokens[k])) return false;
  return !PASSIVE_HELPERS.has(lowerOf(tokens[cue - 1]));
}
/** "…, but only if economists say it is affordable": a condition of the report, which goes on. */
function conditioned(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CONDITIONS.has(lowerOf(tokens[k]))) return true;
  return false;
}
const CONDITIONS = new Set('only not if when until unless once because as after before while'.split(' '));
const PRESENT_REPORTS = new Set([
  'say',
  'says',
  'argue',
  'argues',
  'insist',
  'insists',
  'contend',
  'contends',
]);
/** After "but", not the speaker's own "but that …", "but also that …". */
function answersAfterBut(tokens: Token[], at: number): boolean {
  return lowerOf(tokens[at - 1]) === 'but' && !['that', 'also'].includes(lowerOf(tokens[at]));
}
/**
 * "viewers disagreed", "the court found": an answer someone gives, not "had to be cleared by a judge", "convoys
 * cleared by inspectors", "its disputed final match" (a passive, a participle, an adjective).
 */
function activeAnswer(tokens: Token[], k: number): boolean {
  const before = lowerOf(tokens[k - 1]);
  return !PASSIVE_HELPERS.has(before) && !NOUN_FIRST.has(before) && lowerOf(tokens[k + 1]) !== 'by';
}
const NOUN_FIRST = new Set('the a an its his her their any some no'.split(' '));
/** What another side does with a claim: disputes it, or finds against it. */
const REBUTTALS = new Set(
  `disagreed disagree disagrees disputed dispute disputes objected countered rejected contradicted dissented
  denied doubted rebutted refuted challenged questioned dismissed cleared ruled found concluded`.split(/\s+/),
);
const NOT_SUBJECT_OPENERS = new Set(
  'that also because not only then so since as if when while although though which who'.split(' '),
);
const PASSIVE_HELPERS = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being']);

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

/**
 * "… satisfied with the mayor and 60 percent said …", "… the board failed them, 41% call the levy fair": after
 * "and" or a comma, another share with a verb of its own begins its answer.
 */
export function shareAnswersAhead(tokens: Token[], at: number): boolean {
  // "… and about the same number would rather see …": a like share, in words, answering the other way.
  const like = likeShareEnd(tokens, at);
  const answer = lowerOf(tokens[like]);
  if (like > at)
    return ANSWERS.has(answer) || (answer === 'would' && WOULD_ANSWERS.has(lowerOf(tokens[like + 1])));
  if (!/^\d/.test(tokens[at]?.text ?? '') || !/^(?:percent|%)$/.test(lowerOf(tokens[at + 1]))) return false;
  const verb = lowerOf(tokens[at + 2]);
  const lexicon = wordLexicon();
  return (
    SAYS.has(verb) || (!verb.endsWith('er') && (lexicon.verbs.has(verb) || lexicon.nounOrVerb.has(verb)))
  );
}
const SAYS = new Set(['say', 'says', 'said']);

/** "about the same number(s)", "a similar share", "an equal proportion": the index after the phrase, or `at`. */
function likeShareEnd(tokens: Token[], at: number): number {
  let k = HEDGES.has(lowerOf(tokens[at])) ? at + 1 : at;
  const pair = `${lowerOf(tokens[k])} ${lowerOf(tokens[k + 1])}`;
  if (pair !== 'the same' && pair !== 'a similar' && pair !== 'an equal') return at;
  k += 2;
  return SHARE_NOUNS.has(lowerOf(tokens[k])) ? k + 1 : at;
}
const HEDGES = new Set(['about', 'roughly', 'nearly', 'almost', 'around']);
const SHARE_NOUNS = new Set(['number', 'numbers', 'share', 'proportion', 'percentage', 'portion']);
/** A like share's answer: "said", "prefer", "would rather"; not "will be hired", a figure's own verb. */
const ANSWERS = new Set('said say says prefer preferred want wanted favor oppose opposed'.split(' '));
const WOULD_ANSWERS = new Set(['rather', 'prefer', 'like', 'vote', 'choose']);

/** "…, compared with 33 percent last month": after a comma, the reporter's comparison. */
export function comparedAhead(tokens: Token[], k: number): boolean {
  return lowerOf(tokens[k]) === 'compared' && ['with', 'to'].includes(lowerOf(tokens[k + 1]));
}
