// "his lawyer", "her aides": the sheet never shows a pronoun, so the owner is named ("Vance’s lawyer").
import type { Entity } from './entities.ts';
import { ownerName } from './surname.ts';
import { lower } from './tokens.ts';

/** The nearest person before the phrase of the gender asked, among those `accept` lets through (all, by default). */
export type NearestOwner = (gender: 'm' | 'f', accept?: (entity: Entity) => boolean) => Entity | null;

/**
 * The phrase with its pronoun replaced by the owner's name; null when no one fits, undefined when the phrase
 * does not open on "his" or "her".
 */
export function ownerPronounSpeaker(phrase: string, nearest: NearestOwner): string | null | undefined {
  const owner = /^(his|her)\s+(.+)$/i.exec(phrase);
  if (!owner) return undefined;
  // "Crowe settled a claim his aide, Dana Pell, had filed. … His office said": a name that tells no sex (Dana,
  // Al) gives way to the nearest person known to be a man (for "his") or a woman (for "her").
  const gender = lower(owner[1] ?? '') === 'his' ? 'm' : 'f';
  const first = nearest(gender);
  const person = first?.gender ? first : (nearest(gender, (e) => e.gender === gender) ?? first);
  return person ? `${ownerName(person.name)}’s ${owner[2]}` : null;
}
