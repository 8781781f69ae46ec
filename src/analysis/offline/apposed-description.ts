// Whether the words before a name in apposition ("her father, Eitan Dov") describe the person, and so are shown
// as the role beside the name.
import { isPersonNoun } from './speaker-like.ts';
import type { SpeakerRef } from './speaker-phrase.ts';
import { lowerOf, type Token } from './tokens.ts';

/**
 * Whether a phrase before a name in apposition describes the person: its head is a noun for a person or shaped
 * like one ("the assailant"), or it opens on "another" or a possessive ("another leading advocate", "Clinton's
 * introducer"). In "“…about” climate change, Tomas Reyes said" or "“…,” the dawn of a movement, Reyes says" the
 * words before the comma end the reporter's sentence: no role of his.
 */
export function describesPerson(tokens: Token[], from: number, ref: SpeakerRef): boolean {
  if (ref.kind !== 'phrase') return false;
  const first = tokens[from] as Token;
  return (
    isPersonNoun(ref.head) ||
    PERSON_SHAPED.test(ref.head) ||
    lowerOf(first) === 'another' ||
    /\p{L}['’]s?$/u.test(first.text)
  );
}
/** Agent nouns: "assailant", "introducer", "organizer", "strategist", "historian". */
const PERSON_SHAPED = /(?:ant|ent|er|or|ist|ian)$/;
