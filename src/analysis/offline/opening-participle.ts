// A sentence opening on a verb's -ing form: "Walking to the next house, Reyes talked …", "Echoing Governor Ada
// Kiel, Mayor Tom Dale said …". The phrase it opens is no subject and no part of a name: the subject comes after
// its comma. Not a name ending in -ing ("Sterling thanked …", "Manning met …") nor an -ing word of a title
// ("Acting mayor Ben Tarsa", "Outgoing chairman", "Ranking Member").
import { wordLexicon } from './compromise-lexicon.ts';
import { TITLE_WORDS } from './lexicon.ts';
import { isTensedWord } from './tensed-word.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Whether the sentence's word at `first` opens such a phrase: a verb's -ing form, then what its phrase takes. */
export function opensOnParticiple(tokens: Token[], first: number): boolean {
  const word = tokens[first]?.text ?? '';
  if (!/^\p{Lu}\p{Ll}{2,}ing$/u.test(word) || TITLE_PARTICIPLES.has(word.toLowerCase())) return false;
  const next = tokens[first + 1]?.text ?? '';
  if (!PHRASE_LINKS.has(next) && !(/^\p{Lu}/u.test(next) && TITLE_WORDS.has(lowerOf(tokens[first + 1]))))
    return false;
  // "Canning at the meeting praised …": a name, whose verb comes before any comma.
  for (let k = first + 1; k < tokens.length && tokens[k]?.text !== ','; k++)
    if (isTensedWord(tokens[k])) return false;
  const stem = word.toLowerCase().slice(0, -3);
  const { verbs, nounOrVerb } = wordLexicon();
  const isVerb = (form: string) => verbs.has(form) || nounOrVerb.has(form);
  return isVerb(stem) || isVerb(`${stem}e`) || (/(.)\1$/.test(stem) && isVerb(stem.slice(0, -1)));
}

/** What such a phrase opens with: a preposition, an article or an owner ("Walking to", "Praising his"). */
const PHRASE_LINKS = new Set(
  `to at in on with from for beside outside inside near through into across along alongside after before past by
  the a an his her their its`.split(/\s+/),
);
/** -ing words that open titles: "Acting mayor", "Managing Director", "Presiding Judge". */
const TITLE_PARTICIPLES = new Set(
  `acting outgoing incoming retiring visiting founding ruling leading presiding managing commanding reigning sitting
  governing consulting supervising contributing standing ranking serving`.split(/\s+/),
);
