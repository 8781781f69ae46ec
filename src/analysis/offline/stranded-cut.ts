// Where a long sentence's cut would leave a key fact that is no statement of the sentence: a subject without
// its verb, or an opening phrase without the clause it opens.
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from './lexicon.ts';
import { hasFiniteVerb } from './speaker-check.ts';

/**
 * "… ever since he claimed that his spending plan, which trims …, was inspired by …", "But pollster Ada Lind
 * said Vance, despite his wealth, is better placed …": a cut before the verb of a "that" clause or of a clause
 * reported by "said" leaves its subject standing alone ("… said Vance."; an editor's read).
 */
export function strandsSubject(text: string, start: number, at: number, dash: boolean): boolean {
  const before = text.slice(Math.max(start, at - 120), at);
  const that = THAT_CLAUSE.exec(before);
  if (that) return !hasFiniteVerb(that[1] as string, true);
  return strandsReported(before) || (dash && opensUnclosed(text, start, at));
}
const THAT_CLAUSE = /\bthat\s([^,;]*)$/;

/**
 * "said" and its clause's subject alone: a name or a short noun phrase of at most four words, no verb. Not the
 * credit that closes a report (", said Tom Reyes", "officials said Tuesday"), nor a longer clause whose verb the
 * lexicon misses ("said the strike hit 40 ferry routes on Monday").
 */
function strandsReported(before: string): boolean {
  const clause = REPORTED_CLAUSE.exec(before);
  if (!clause || clause[1] === ',') return false;
  const words = (clause[2] as string).trim().split(/\s+/);
  return words.length <= 4 && !isTimeWord(words[0] as string) && !hasFiniteVerb(clause[2] as string, true);
}
/** "said" and a subject (a name, or a noun phrase's opening word); not "said this week at …", closing a credit. */
const REPORTED_CLAUSE =
  /(,?)\s(?:said|says|argued|argues|contended|contends|believes|thinks)\s((?:\p{Lu}|(?:the|a|an|his|her|their|its)\s)[^,;]*)$/u;

/** "said Tuesday", "said Nov. 3": a day or a month closes a credit, no subject. */
function isTimeWord(word: string): boolean {
  const key = word.replace(/\.$/, '').toLowerCase();
  return WEEKDAYS.has(key) || MONTHS.includes(key) || MONTH_ABBREVIATIONS.includes(key);
}

/**
 * "In the 13 states where pollsters asked voters — all but one set records — Vance did better …": cut at the
 * dash (asked only there: "At the meeting where it was read the council voted …" goes on without a comma), the claim is the opening phrase alone, its only verb in its own relative clause. A preposition opening
 * the claim, then a relative word, with no comma before the cut to close the phrase, opens no statement ("At
 * least four candidates are opting out" holds no relative word and is a statement).
 */
function opensUnclosed(text: string, start: number, at: number): boolean {
  const phrase = OPENING_PHRASE.exec(text.slice(start, at));
  // A relative clause of a few words only: a longer stretch goes on into the main clause without a comma ("At
  // the meeting where it was read the council voted 7-2 to send it to …").
  // Counted up to a dash: an aside the phrase holds ("where pollsters asked — all but one set records —") is no
  // main clause either.
  const relative = (phrase?.[1] ?? '').split(/\s(?:[—―–]|--)\s/)[0] as string;
  return phrase !== null && relative.trim().split(/\s+/).length <= RELATIVE_WORDS;
}
const OPENING_PHRASE =
  /^(?:In|On|At|For|With|Among|Amid|Under|During|From|Across)\s(?!least\b|most\b)[^,;]*?\b(?:where|which|who|whom|when)\b([^,;]*)$/;
const RELATIVE_WORDS = 9;
