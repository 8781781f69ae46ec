// A partial quote can say the opposite of what its speaker said: in `the mayor would not “back down”` the
// quote alone reads as a promise to back down. The negation is the reporter's words, outside the marks, so the
// quote stays exactly as printed and the sheet shows the few words before it that negate it. A verb of denial
// or opposition turns the words round as surely ("denied that he had sent the photo", "opposed an “amnesty”"):
// a report or a quote under one is shown with it too, and so is a condition: `if Trump “is not prepared to …”`
// alone reads as a charge the speaker made.
import type { Span } from '../../types.ts';
import { classesOf, LETTER } from '../char-classes.ts';

/** How far back a negation may stand and still govern the quote: "did not want to “…”". */
const MAX_WORDS = 4;
const NEGATIONS = new Set([
  'not',
  'never',
  'no',
  'nor',
  'cannot',
  'neither',
  'nothing',
  'nobody',
  'none',
  'without',
]);
/** Words that say the speaker holds the opposite of what follows them. */
const REVERSING = new Set(
  `deny denies denied denying reject rejects rejected rejecting oppose opposes opposed dispute disputes disputed
  disputing refute refutes refuted refuting against`.split(/\s+/),
);
/**
 * Words that make what follows a condition or a question, not a claim: "asks for an inquiry to determine
 * whether “the firm broke the law”" alone reads as the charge itself.
 */
const CONDITIONS = new Set(['if', 'unless', 'whether']);
const JOINING = new Set(['and', 'but']);
/** Opening marks and the spaces around them, between the lead-in and the quoted words. */
export const OPENING = /[\s“"‘'«]/;
/** Where the sentence or the clause before the quote ends: a negation beyond it governs something else. */
export const CLAUSE_END = /[.!?;:,—–()\n”»]/;

/**
 * The source's own words just before a partial quote or a reported clause at `span`, from the negation or the
 * verb of denial to the opening mark ("will not", "didn't", "denied on Monday that"), or null when none stands
 * in the last few words before it ("if Trump").
 */
export function negatingLeadIn(text: string, span: Span): string | null {
  let end = span.start;
  while (end > 0 && OPENING.test(text[end - 1] as string)) end--;
  if (end === span.start) return null;
  const doubted = DOUBTED.exec(text.slice(Math.max(0, end - DOUBT_REACH), end));
  if (doubted) return text.slice(end - doubted[0].length, end);
  const denied = negatedSubject(text, end);
  if (denied) return denied;
  // "…but that if the claims hold, “the mayor will resign”": a condition set off by its comma.
  if (text[end - 1] === ',') return conditionBefore(text, end);
  const words: { start: number; word: string }[] = [];
  let at = end;
  while (words.length < MAX_WORDS && at > 0) {
    let start = at;
    while (start > 0 && isWordUnit(text.charCodeAt(start - 1))) start--;
    if (start === at) break;
    const word = text.slice(start, at).toLowerCase();
    // "The board opposed and Reyes said she would veto it": a word before "and" or "but" governs another
    // clause ("or" stays inside one: "won't be cowed or “distracted”").
    if (JOINING.has(word)) break;
    words.push({ start, word });
    at = start;
    if (at === 0 || text[at - 1] !== ' ' || CLAUSE_END.test(text[at - 2] ?? '')) break;
    at--;
  }
  for (let k = words.length - 1; k >= 0; k--) {
    const { start, word } = words[k] as { start: number; word: string };
    if (!NEGATIONS.has(word) && !/n[’']t$/.test(word) && !REVERSING.has(word) && !CONDITIONS.has(word))
      continue;
    // "will not", "were never": the auxiliary the negation hangs on reads with it.
    const from =
      (word === 'not' || word === 'never') && words[k + 1] ? (words[k + 1]?.start ?? start) : start;
    const question = word === 'whether' ? askingStart(text, from) : questionStart(text, from);
    return text.slice(question ?? from, end);
  }
  return null;
}

/**
 * The clause "if …," or "unless …," that ends right before the quote at `end` (its comma included), within a
 * few words: "if true,", "if the claims hold,". Null when the clause before the comma is no condition.
 */
function conditionBefore(text: string, end: number): string | null {
  const before = text.slice(Math.max(0, end - CONDITION_REACH), end);
  const found = CONDITION_CLAUSE.exec(before);
  return found ? text.slice(end - before.length + found.index + (found[1]?.length ?? 0), end) : null;
}

/**
 * "warned it's naive to expect that if the fleet sails away, “the sea will save us”": the speaker calls the
 * quoted words a false hope, and alone they read as his own (an editor's read). From "it's" or the doubting word
 * to the quote, across a condition set off by its comma, with a negation before the word ("it's not wrong to
 * think", "it would not be a mistake to") that turns it round again.
 */
const DOUBTED =
  /(?:\bit(?:['’]s| is|(?: would| could| will| might)(?: not| never)? be) )?(?:(?:not|never) (?:be )?)?\b(?:unrealistic|wrong|false|naive|naïve|mistaken|a mistake|a myth|absurd|foolish|ridiculous|untrue) to (?:think|believe|assume|suggest|say|expect|pretend)(?: that)?(?: (?:if|when|unless) [^;:“”"()]{1,60},)?\s*$/i;
const DOUBT_REACH = 140;

/**
 * "concluded that none of the methods used to find tunnels were “suited to …”": the negation is the subject, many
 * words back, and the quote alone says the opposite of the finding (an editor's read). From the negating word to
 * the quote, when the word opens its clause (after a comma, "that", "and", or a verb) and nothing between
 * joins another clause: in "had nothing to hide because the audit was “…”" the "nothing" governs another verb.
 */
function negatedSubject(text: string, end: number): string | null {
  const found = NEGATED_SUBJECT.exec(text.slice(clauseStartBefore(text, end, SUBJECT_REACH), end));
  return found ? (found[1] as string) : null;
}
const NEGATED_SUBJECT =
  /(?:^\s*|\b(?:that|and|but|said|told|found|held|\p{L}+(?:ed|s))\s+|\bthere\s+(?:is|are|was|were)\s+)((?:(?:almost|nearly|virtually|practically)\s+)?(?:none|neither|no one|nobody|nothing)\b(?:(?!\b(?:and|but|or|because|while|when|as|until|though|although|if|that|which|who|whom|where|than|else)\b)[^“”"])*?\b(?:is|are|was|were|has|have|had|could|would|can|will|should|might|seemed|seem|seems|appeared))\s*$/iu;
const SUBJECT_REACH = 110;

const CONDITION_REACH = 100;
/**
 * "if" or "unless" and its clause, up to its comma. Not "as if", "even if" (a concession: cut to "if …" it would
 * read as a condition), "only if", nor the "if" of a question ("asked if", "wondered aloud if").
 */
const CONDITION_CLAUSE =
  /(^|[\s“"(])(?<!\b(?:as|even|only|asked|asks|ask|asking|wondered|wonders|wonder|aloud|whether|know|knew|see)\s)(?:if|unless)\s[^.!?;:,“”"()]{1,90},$/i;

/**
 * "I don't understand how the ban would not “increase the poaching”": the negation sits in a question, and the
 * speaker means the quote's own words. "…would not “…”" alone would turn her meaning round, and the quote alone
 * reads as a call for what she fears (an editor's read of each); the question is shown whole, from the few words
 * that ask it: "…don't understand how the ban would not “…”". Where those words start, or null with no question.
 */
function questionStart(text: string, from: number): number | null {
  const start = clauseStartBefore(text, from, 80);
  const asked = QUESTION_WORD.exec(text.slice(start, from));
  if (!asked) return null;
  // Up to three words before the question word, within its clause: "did not understand how", "asked why".
  const before = ASKING_WORDS.exec(text.slice(start, start + asked.index));
  return start + asked.index - (before?.[0].length ?? 0);
}
const QUESTION_WORD = /\b(?:how|why|whether)\b/i;
const ASKING_WORDS = /(?:[\p{L}’'-]+ ){0,3}$/u;
const TWO_WORDS = /(?:[\p{L}’'-]+ ){0,2}$/u;

/** Up to two words before the "whether" at `from`, within its clause: "to determine whether", "bickering over whether". */
function askingStart(text: string, from: number): number {
  const before = TWO_WORDS.exec(text.slice(clauseStartBefore(text, from, 60), from));
  return from - (before?.[0].length ?? 0);
}

/** Where the clause holding `at` starts, read back at most `reach` characters. */
function clauseStartBefore(text: string, at: number, reach: number): number {
  let start = at;
  while (start > 0 && at - start < reach && !CLAUSE_END.test(text[start - 1] as string)) start--;
  return start;
}

/**
 * `/[\p{L}’'-]/u` of one UTF-16 unit, by code: asked of every character of the words before each quote and
 * report. A surrogate half counts as no letter, as the pattern, given one half, found none.
 */
function isWordUnit(code: number): boolean {
  if (code === 0x2019 || code === 39 || code === 45) return true;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return (classesOf(code) & LETTER) !== 0;
}
