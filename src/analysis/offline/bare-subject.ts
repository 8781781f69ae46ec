// "Brandt fired Dale Woodard on Monday. “I have no regrets,” he said.": a story that names its subject by surname
// alone, never in full, leaves that word a name of unknown kind; the fully named object was then the sentence's
// only person, and the "he" went to him. News English puts the subject first, so the "he" is most likely the
// surname's; with no person to show for it the quote is left unattributed rather than given to the object.
import { wordLexicon } from './compromise-lexicon.ts';
import { mentionAt, type Registry } from './entities.ts';
import { isPersonNoun } from './speaker-like.ts';

/** A surname's shape: a capital and lower-case letters ("NATO", "McCain" and "al-Sisi" are not asked). */
const SURNAME = /^\p{Lu}\p{Ll}+$/u;
/** Adverbs that may stand between the subject and its verb: "Brandt also cited …". */
const BETWEEN = /^ (?:also|then|later|once|recently|quickly|has|had) /;

/**
 * Where a main clause starting at `clause` opens on a lone capitalised word the registry could not place and
 * the lexicon holds as nothing else, followed by a tensed verb: "Brandt fired", "Brandt also cited", "Brandt has
 * met". -1 when it does not.
 */
export function bareSubjectAt(registry: Registry, text: string, clause: number): number {
  let at = clause;
  while (text.charCodeAt(at) === 32) at++;
  const mention = mentionAt(registry, at);
  if (!mention || mention.start !== at || mention.entity.kind !== 'other') return -1;
  const word = text.slice(mention.start, mention.end);
  if (!SURNAME.test(word) || mention.entity.name !== word) return -1;
  const lexicon = wordLexicon();
  const folded = word.toLowerCase();
  // A place, a company, a word or people by what they are: "Debate was", "Prosecutors argued", "Democrats said";
  // "None uncovered …", which the lexicon does not list.
  if (lexicon.listed.has(folded) || isPersonNoun(folded) || folded === 'none') return -1;
  const after = text.slice(mention.end, mention.end + 40);
  const skip = BETWEEN.exec(after)?.[0].length ?? 1;
  const verb = /^[a-z]+/.exec(after.slice(skip))?.[0];
  // "clashed", "rebuked": an "-ed" form the lexicon may lack.
  const tensed = verb !== undefined && (lexicon.tensed.has(verb) || /^[a-z]{3,}ed$/.test(verb));
  return after.charCodeAt(0) === 32 && tensed ? at : -1;
}
