// Whether a capitalised run of two to four words is a person's name, and which gender its given name
// carries, from compromise's lexicon of given names (about 3,000): our own list knows the names of our
// corpus, real copy has many more ("Maureen Maloney", "Newt Gingrich"). Only the lexicon is read, word by
// word; tagging each name with compromise would cost a millisecond a call.
import { wordLexicon } from './compromise-lexicon.ts';
import { genderOfGivenName } from './first-names.ts';
import { spaceWords } from './space-words.ts';
import { lowerCase } from './tokens.ts';

const load = wordLexicon;

function givenGender(word: string): 'm' | 'f' | null | undefined {
  // The lexicon holds 'm', 'f' or null, never undefined: one look-up answers both whether and which.
  return load().given.get(lowerCase(word));
}

/** "Maureen Maloney" yes; "Morning Consult", "Virginia Beach", "Homeland Security" no. */
export function isPersonName(name: string): boolean {
  const words = spaceWords(name);
  if (words.length < 2 || words.length > 4) return false;
  if (givenGender(words[0] as string) === undefined) return false;
  // "Virginia Beach", "Marion Ohio", "Regina Saskatchewan": a given name opening a place's name, or a town and
  // its state or country written without the comma. A surname that is also a city's ("Angel Mendoza", "Luis
  // Medina") is no place: read word by word, the lexicon's cities made such people places, and their "he said"
  // went to the person named before them (an editor's read).
  const lexicon = load();
  for (let i = 1; i < words.length; i++) if (lexicon.regions.has(lowerCase(words[i] as string))) return false;
  return !lexicon.places.has(lowerCase(words.join(' ')));
}

export function personNameGender(name: string): 'm' | 'f' | null {
  return givenGender(spaceWords(name)[0] ?? '') ?? null;
}

/** A given name our list or compromise's lexicon knows ("Juan", "Maureen"), whatever its gender. */
export function isKnownGivenName(word: string): boolean {
  return genderOfGivenName(word) !== null || givenGender(word) !== undefined;
}

/**
 * Where a given name starts in a run of capitalised words ("House Newt Gingrich" → 1), or 0 when the run
 * starts with one or holds none. Only a known given name counts: never a guess.
 */
export function givenNameAt(words: string[]): number {
  if (genderOfGivenName(words[0] ?? '') !== null || givenGender(words[0] ?? '') !== undefined) return 0;
  for (let i = 1; i < words.length - 1; i++) {
    if (genderOfGivenName(words[i] as string) !== null || givenGender(words[i] as string) !== undefined)
      return i;
  }
  return 0;
}
