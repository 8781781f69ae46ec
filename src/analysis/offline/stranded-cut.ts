// Where a long sentence's cut would leave a key fact that is no statement of the sentence: a subject without
// its verb, or an opening phrase without the clause it opens.
import { hasFiniteVerb } from './speaker-check.ts';

/**
 * "… ever since he claimed that his spending plan, which trims …, was inspired by …", "But pollster Ada Lind
 * said Vance, despite his wealth, is better placed …": a cut before the verb of a "that" clause or of a clause
 * reported by "said" leaves its subject standing alone ("… said Vance."; an editor's read).
 */
export function strandsSubject(text: string, start: number, at: number): boolean {
  const before = text.slice(Math.max(start, at - 120), at);
  // The "that" clause first, then the one "said" reports: "said he believed that most workers support …" is
  // read at "that", as before the reported kind was asked.
  const clause = THAT_CLAUSE.exec(before) ?? REPORTED_CLAUSE.exec(before);
  return (clause !== null && !hasFiniteVerb(clause[1] as string, true)) || opensUnclosed(text, start, at);
}
const THAT_CLAUSE = /\bthat\s([^,;]*)$/;
/** "said" and a subject (a name, or a noun phrase's opening word); not "said this week at …", closing a credit. */
const REPORTED_CLAUSE =
  /\b(?:said|says|argued|argues|contended|contends|believes|thinks)\s((?:\p{Lu}|(?:the|a|an|his|her|their|its)\s)[^,;]*)$/u;

/**
 * "In the 13 states where pollsters asked voters — all but one set records — Vance did better …": cut at the
 * dash, the claim is the opening phrase alone, its only verb in its own relative clause. A preposition opening
 * the claim, then a relative word, with no comma before the cut to close the phrase, opens no statement ("At
 * least four candidates are opting out" holds no relative word and is a statement).
 */
function opensUnclosed(text: string, start: number, at: number): boolean {
  return OPENING_PHRASE.test(text.slice(start, at));
}
const OPENING_PHRASE =
  /^(?:In|On|At|For|With|Among|Amid|Under|During|From|Across)\s(?!least\b|most\b)[^,;]*\b(?:where|which|who|whom|when)\b[^,;]*$/;
