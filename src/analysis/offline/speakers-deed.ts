// What the speaker did, told by the reporter after ", and" closing a report: the report ends before it.
import { wordLexicon } from './compromise-lexicon.ts';
import { nounPhrase } from './noun-phrase.ts';
import { isEdForm, isPastForm } from './tensed-word.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Prepositions that may open a phrase between ", and" and the speaker's next deed. */
const DEED_PREPOSITIONS = new Set('during in at on after before since over amid as part of'.split(' '));

/**
 * Whether tokens[k], right after ", and", opens what the speaker did: "has" or a past verb with no subject of its
 * own ("…, and has pushed a plan", "…, and rejected claims"), perhaps after a phrase of when or where ("…, and
 * during the budget talks has proposed a cap": an editor's read). "…, but would add" and "…, and was employed"
 * are most often still the report. `report`, where the report starts, tells a plural "say" just before it.
 */
export function speakersDeed(tokens: Token[], k: number, report = -1): boolean {
  let at = k;
  for (let hops = 0; hops < 3 && DEED_PREPOSITIONS.has(lowerOf(tokens[at])); hops++) {
    while (DEED_PREPOSITIONS.has(lowerOf(tokens[at]))) at++; // "as part of"
    const phrase = nounPhrase(tokens, at);
    if (!phrase || phrase.from !== at) return false;
    at = phrase.to + 1;
  }
  const word = lowerOf(tokens[at]);
  if (word === 'has' || word === 'have' || isEdForm(tokens[at]) || (at > k && isPastForm(tokens[at])))
    return true;
  // "They say the mayor misled them, and bristle at …": after a plural "say", a plain verb right after ", and"
  // goes on with the speakers; the report's own subject would have taken an "-s" or a past.
  const afterSay = report > 0 && lowerOf(tokens[report - 1]) === 'say';
  return afterSay && at === k && isPlainVerb(word) && VERB_OBJECTS.has(lowerOf(tokens[at + 1]));
}

/** A plain form: one the lexicon has as a verb, or no word it knows ("bristle"), with no "-s" or "-ed". */
function isPlainVerb(word: string): boolean {
  const lexicon = wordLexicon();
  if (!/^\p{Ll}+$/u.test(word) || word.endsWith('s') || word.endsWith('ed') || lexicon.tensed.has(word))
    return false;
  return lexicon.verbs.has(word) || lexicon.nounOrVerb.has(word) || !lexicon.listed.has(word);
}
/** What opens a verb's object or phrase: "bristle at", "hope to", "fault the …". */
const VERB_OBJECTS = new Set(
  'at about over to with for on against the a an his her their its that'.split(' '),
);
