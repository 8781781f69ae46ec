// What the speaker did, told by the reporter after ", and" closing a report: the report ends before it.
import { nounPhrase } from './noun-phrase.ts';
import { isEdForm, isPastForm } from './tensed-word.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Prepositions that may open a phrase between ", and" and the speaker's next deed. */
const DEED_PREPOSITIONS = new Set('during in at on after before since over amid as part of'.split(' '));

/**
 * Whether tokens[k], right after ", and", opens what the speaker did: "has" or a past verb with no subject of its
 * own ("…, and has pushed a plan", "…, and rejected claims"), perhaps after a phrase of when or where ("…, and
 * during the budget talks has proposed a cap": an editor's read). "…, but would add" and "…, and was employed"
 * are most often still the report.
 */
export function speakersDeed(tokens: Token[], k: number): boolean {
  let at = k;
  for (let hops = 0; hops < 3 && DEED_PREPOSITIONS.has(lowerOf(tokens[at])); hops++) {
    while (DEED_PREPOSITIONS.has(lowerOf(tokens[at]))) at++; // "as part of"
    const phrase = nounPhrase(tokens, at);
    if (!phrase || phrase.from !== at) return false;
    at = phrase.to + 1;
  }
  const word = lowerOf(tokens[at]);
  return word === 'has' || word === 'have' || isEdForm(tokens[at]) || (at > k && isPastForm(tokens[at]));
}
