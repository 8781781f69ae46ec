// "Reyes fired Dale Woodard on Monday. “I have no regrets,” he said.": a story that names its subject by surname
// alone, never in full, leaves that word a name of unknown kind; the fully named object was then the sentence's
// only person, and the "he" went to him. News English puts the subject first, so the "he" is most likely the
// surname's; with no person to show for it the quote is left unattributed rather than given to the object. Only
// for a word the lexicon knows as a surname: a company, a team, a place or an event it does not list ("Tesla
// hired …", "Brexit cost …") leaves the object the one who speaks.
import { wordLexicon } from './compromise-lexicon.ts';
import { mentionAt, type Registry } from './entities.ts';

/** A surname's shape: a capital and lower-case letters ("NATO", "McCain" and "al-Sisi" are not asked). */
const SURNAME = /^\p{Lu}\p{Ll}+$/u;
const RELATIVE_ASIDE = /^, (?:who|whose) [^,.;“”"]{1,100}(?=,)/;

/** Adverbs that may stand between the subject and its verb: "Reyes also cited …". */
const BETWEEN = /^ (?:also|then|later|once|recently|quickly|has|had) /;

/**
 * Where a main clause starting at `clause` opens on a lone surname the registry could not place, followed by a
 * tensed verb: "Reyes fired", "Reyes also cited", "Reyes has met", "Reyes, who …, defended". -1 when it does not.
 */
export function bareSubjectAt(registry: Registry, text: string, clause: number): number {
  let at = clause;
  while (text.charCodeAt(at) === 32) at++;
  const mention = mentionAt(registry, at);
  if (!mention || mention.start !== at || mention.entity.kind !== 'other') return -1;
  const word = text.slice(mention.start, mention.end);
  if (!SURNAME.test(word) || mention.entity.name !== word) return -1;
  const lexicon = wordLexicon();
  if (!lexicon.surnames.has(word.toLowerCase())) return -1;
  // "Reyes, who fired Dale Woodard on Monday, defended the move": the verb after the relative clause.
  const relative = RELATIVE_ASIDE.exec(text.slice(mention.end, mention.end + 120));
  const aside = relative ? relative[0].length + 1 : 0;
  const after = text.slice(mention.end + aside, mention.end + aside + 40);
  const skip = BETWEEN.exec(after)?.[0].length ?? 1;
  const verb = /^[a-z]+/.exec(after.slice(skip))?.[0];
  // "clashed", "rebuked": an "-ed" form the lexicon may lack.
  const tensed = verb !== undefined && (lexicon.tensed.has(verb) || /^[a-z]{3,}ed$/.test(verb));
  return after.charCodeAt(0) === 32 && tensed ? at : -1;
}
