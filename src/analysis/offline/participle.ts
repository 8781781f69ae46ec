// Whether a word after a comma opens a participle clause ("…, echoing a memo", "…, sending shares down"):
// an -ing word whose stem compromise knows as a verb, or one followed by what a verb takes (an article, a
// pronoun, "that"). compromise's lexicon lists only some infinitives ("send", not "echo"), hence the second test.
import { wordLexicon } from './compromise-lexicon.ts';

/** -ing words that open no participle clause: prepositions and nouns that a report's clause holds. */
const NOT_PARTICIPLES = new Set([
  'including',
  'according',
  'during',
  'regarding',
  'concerning',
  'nothing',
  'something',
  'anything',
  'everything',
  // "that, having lost twice, she …": an auxiliary's -ing opens a clause inside the report.
  'having',
  'being',
]);
const OBJECT_STARTS = new Set(
  'the a an his her their its our my this that these those him them it us me what how whether'.split(' '),
);

export const VERB_PARTICLES = new Set(['out', 'down', 'up', 'off', 'back', 'away', 'into']);

/** An -ing word of six letters or more that is no preposition or noun of the list above. */
export function hasParticipleShape(word: string): boolean {
  return word.length >= 6 && word.endsWith('ing') && !NOT_PARTICIPLES.has(word);
}

export function isParticiple(word: string, next: string): boolean {
  if (!hasParticipleShape(word)) return false;
  // "…, winding down a process", "closing out a search": a phrasal verb's particle follows a verb.
  if (OBJECT_STARTS.has(next) || VERB_PARTICLES.has(next)) return true;
  const stem = word.slice(0, -3);
  const { verbs } = wordLexicon();
  if (verbs.has(stem) || verbs.has(`${stem}e`)) return true;
  // "sending" → "send"; "stopping" → "stop".
  const last = stem.length - 1;
  return stem[last] === stem[last - 1] && verbs.has(stem.slice(0, -1));
}
