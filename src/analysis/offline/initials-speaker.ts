// Whether one word of dotted initials can be a speaker. NYT style writes agencies so ("the F.B.I.", "the
// S.E.C."), and the word is often an English one spelled out ("SEC", "UN"), which the lexicon calls no noun.
import { lowerCase } from './tokens.ts';
import { AP_ABBREVIATIONS } from './us-states.ts';

/**
 * True for an agency's initials: three or more ("F.B.I"), or written whole with the last dot ("U.N.", as
 * entities.ts keeps it when the copy has it), or after "the". False for a place's ("N.H.", "U.S.": "in Dover,
 * N.H., on Friday, Reyes said …") and for a name's initials ("A", "A.G"). Undefined for a
 * word that is no initials at all.
 */
export function initialsSpeak(word: string, afterThe: boolean): boolean | undefined {
  if (!INITIALS.test(word)) return undefined;
  const bare = lowerCase(word.endsWith('.') ? word.slice(0, -1) : word);
  if (AP_ABBREVIATIONS.has(bare) || PLACE_INITIALS.has(bare)) return false;
  return (afterThe && word.length > 2) || AGENCY_INITIALS.test(word);
}

const INITIALS = /^\p{Lu}(?:\.\p{Lu})*\.?$/u;
const AGENCY_INITIALS = /^\p{Lu}(?:(?:\.\p{Lu}){2,}\.?|\.\p{Lu}\.)$/u;
const PLACE_INITIALS = new Set(['u.s', 'u.k', 'd.c']);
