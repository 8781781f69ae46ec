// A verb of saying inside a clause that names a thing rather than reporting words: "what Ms. Brenner said",
// "a mistake she said she made", "the claims, which Mr. Vance denies, …". None gives anyone's words: the clause
// describes the noun or the "what".
import { wordLexicon } from './compromise-lexicon.ts';
import { inPronouns, TIME_NOUNS } from './lexicon.ts';
import type { Reported } from './report-speaker.ts';
import { isVerbForm } from './tensed-word.ts';
import { lowerOf, type Token } from './tokens.ts';

export function saidInNounClause(tokens: Token[], found: Reported): boolean {
  return (
    saidInWhatClause(tokens, found) ||
    saidInWhichClause(tokens, found) ||
    saidInReducedRelative(tokens, found) ||
    saidInQuestion(tokens, found) ||
    saidInModalRelative(tokens, found) ||
    saidInClaim(tokens, found)
  );
}

/**
 * "… adds to the pressure on the senator to state whether she backs or rejects the plan": a verb of saying inside a
 * "whether" or "if" clause is a question or a condition, and no one has said its words (an editor's read).
 */
function saidInQuestion(tokens: Token[], found: Reported): boolean {
  if (found.at === undefined) return false;
  const k = clauseOpener(tokens, found.at, QUESTION_OPENERS);
  if (k < 0) return false;
  // The verb's subject opens the clause ("whether she agrees"); in "If the levy passes Reyes said …" the
  // condition ends before Reyes, whose report is the sentence's own.
  const subject = found.ref.kind === 'mention' ? found.ref.mention.start : found.ref.at;
  const opens = DETERMINERS.has(lowerOf(tokens[k + 1])) ? k + 2 : k + 1;
  return tokens[k + 1]?.start === subject || tokens[opens]?.start === subject;
}
const QUESTION_OPENERS = new Set(['whether', 'if']);

/**
 * "asked about a recent claim, first made by the Courier, that he told the board that he may not …": a verb of
 * saying in a "that" clause on a claim or an allegation is what someone else says he said, not his words (an
 * editor's read: an outlet's allegation shown as the candidate's own report). The subject opens the clause.
 * "Reports that Mateen said …" are left to stand: a report is how news tells what was said.
 */
function saidInClaim(tokens: Token[], found: Reported): boolean {
  if (found.at === undefined) return false;
  const subject = found.ref.kind === 'mention' ? found.ref.mention.start : found.ref.at;
  let that = found.at - 1;
  while (that > 0 && found.at - that <= 4 && (tokens[that + 1]?.start ?? -1) !== subject) that--;
  // "a charge that the leaders denied, noting …": a relative "that", the verb's object the claim itself.
  if (lowerOf(tokens[that]) !== 'that' || !tokens[found.at + 1]?.word) return false;
  // Back over an aside set off by commas: "a recent claim, first made by the Courier, that".
  let noun = that - 1;
  if (tokens[noun]?.text === ',')
    for (noun--; noun > 0 && that - noun < 16 && tokens[noun]?.text !== ','; ) noun--;
  if (tokens[noun]?.text === ',') noun--;
  if (!CLAIM_NOUNS.has(lowerOf(tokens[noun]))) return false;
  // "such damaging allegations that Reyes said he would sue": a result clause, his own report.
  for (let k = noun - 1; k >= Math.max(0, noun - 3); k--)
    if (RESULT_OPENERS.has(lowerOf(tokens[k]))) return false;
  return true;
}
const RESULT_OPENERS = new Set(['such', 'so']);
const CLAIM_NOUNS = new Set(
  `claim claims allegation allegations rumor rumors rumour rumours accusation accusations charge charges assertion
  assertions suggestion suggestions`.split(/\s+/),
);

/**
 * "portraying Ruiz as a turncoat who will say whatever wins votes": a "who" with a modal before the
 * verb describes what someone is the kind to say; no one has said it (an editor's read). Not "would": "a
 * spokesman, who would say only that the matter was under review," reports what he said.
 */
function saidInModalRelative(tokens: Token[], found: Reported): boolean {
  if (found.at === undefined) return false;
  return MODALS.has(lowerOf(tokens[found.at - 1])) && lowerOf(tokens[found.at - 2]) === 'who';
}
const MODALS = new Set(['will', 'might', 'could', 'can', 'may']);

/**
 * "Reyes did not cite what Ms. Brenner said that he considered a lie": a verb of saying inside a clause opened by
 * "what" names the words as a thing, and reports none of them (an editor's read: shown as Brenner's claim).
 */
function saidInWhatClause(tokens: Token[], found: Reported): boolean {
  // "… show what her backers have long said: she is …": the colon gives the words themselves.
  if (found.at === undefined || tokens[found.at + 1]?.text === ':') return false;
  const k = clauseOpener(tokens, found.at);
  return k >= 0 && lowerOf(tokens[k]) === 'what';
}

/**
 * "After the board heard the claims, which Mr. Vance denies, the talk of a strike ended": the verb's object is
 * the "which" before its subject, and the words after the comma are the reporter's (PolNeAR). Not "…, which
 * initially said" (no subject between: the body before the comma speaks) nor "the interview in which she said".
 */
function saidInWhichClause(tokens: Token[], found: Reported): boolean {
  if (found.at === undefined) return false;
  const k = clauseOpener(tokens, found.at);
  if (k < 0 || lowerOf(tokens[k]) === 'what' || PREPOSITIONS.has(lowerOf(tokens[k - 1]))) return false;
  // A name, a pronoun or a determiner's noun: "which Mr. Vance denies", "which he denied", "which the board denies".
  return tokens.slice(k + 1, found.at).some((token) => {
    const word = lowerOf(token);
    return /^\p{Lu}/u.test(token.text) || inPronouns(word) || DETERMINERS.has(word);
  });
}

/**
 * The "what", "which" or "whom" that opens the clause of the verb at `at`, read back over the subject's words and
 * an honorific's dot ("what Ms. Brenner said"), never past a clause's edge; -1 when none does.
 */
function clauseOpener(tokens: Token[], at: number, openers: Set<string> = OPENERS): number {
  for (let k = at - 1; k >= Math.max(0, at - 6); k--) {
    const word = lowerOf(tokens[k]);
    if (openers.has(word)) return k;
    if (word === 'that' || (!tokens[k]?.word && word !== '.')) return -1;
  }
  return -1;
}
const OPENERS = new Set(['what', 'which', 'whom']);

/**
 * "— an error she said she committed in Tarsa", "the plan she says would fail": a pronoun and its verb of saying
 * right after a noun phrase are a relative clause on that noun with its "that" left out. What follows lacks
 * the noun ("she committed" what?), and the sheet showed such a tail as her words (an editor's read).
 * Not after a preposition ("In an interview she said") nor on a time ("The day he said"): those open the
 * sentence's own report.
 */
function saidInReducedRelative(tokens: Token[], found: Reported): boolean {
  if (found.at === undefined || found.ref.kind !== 'pronoun' || found.ref.at !== tokens[found.at - 1]?.start)
    return false;
  const noun = found.at - 2;
  const word = lowerOf(tokens[noun]);
  if (!/^\p{Ll}+$/u.test(tokens[noun]?.text ?? '') || TIME_NOUNS.has(word) || isVerbForm(tokens[noun]))
    return false;
  if (wordLexicon().notNouns.has(word)) return false;
  // The determiner, over at most one describing word: "a mistake", "a costly mistake".
  for (let k = noun - 1; k >= Math.max(0, noun - 2); k--) {
    if (!DETERMINERS.has(lowerOf(tokens[k]))) continue;
    const before = lowerOf(tokens[k - 1]);
    return !PREPOSITIONS.has(before) && before !== 'that';
  }
  return false;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'one']);
/** Words that take a noun phrase as their object and leave the sentence's report to follow it. */
const PREPOSITIONS = new Set(
  'in on at during after before from to via through under among with by for of over since until like as'.split(
    ' ',
  ),
);
