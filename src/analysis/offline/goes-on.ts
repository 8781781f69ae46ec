// "“…,” Mr. Brandt said. Mr. Reyes, who takes no large donations, is that sort of man, he added.": a "he"
// that adds to what was said before goes on with the one who said it, not with a person the added clause names
// (the clause's subject was taken for the "he"). Only after "added" or "continued": after "said", the clause
// may name its own speaker ("Though Ms. Ruiz has lived here for years, rents have doubled, she said").
import type { SpeakerRef } from './speaker-phrase.ts';
import type { Token } from './tokens.ts';

export const GOES_ON = new Set(['added', 'adds', 'continued', 'continues']);

/** The pronoun `ref`, looked for from the sentence's first token, so that no name in its clause is taken. */
export function goesOnFrom(ref: SpeakerRef, tokens: Token[]): SpeakerRef {
  return ref.kind === 'pronoun' && tokens[0] ? { ...ref, at: tokens[0].start } : ref;
}
