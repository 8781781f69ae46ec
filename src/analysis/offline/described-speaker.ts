// "Strzok’s attorney blasted the bureau, saying “…” He added, “…”": a quote's speaker known only as someone's
// agent (an attorney, a spokesman, an aide) is still the person a later "He added" goes on with. The speaker
// trail kept no one for such a quote, so "he" reached back past it to the last man named.
import type { Entity } from './entities.ts';
import { roleGender } from './role-gender.ts';
import type { SpeakerRef } from './speaker-phrase.ts';

/** Agents named by whom they act for: "X’s attorney", "her spokeswoman". */
const AGENTS = new Set(['attorney', 'lawyer', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser']);

/**
 * The person a possessive agent phrase stands for, as the trail keeps them: named as the sheet shows them, with
 * the gender the phrase states ("spokeswoman"), if any. Null for any other phrase: "the senator" is left to the
 * names before it, where the senator usually is.
 */
export function describedAgent(ref: SpeakerRef, shown: string): Entity | null {
  if (ref.kind !== 'phrase' || !AGENTS.has(ref.head.toLowerCase())) return null;
  if (!/['’]s\s/u.test(ref.text)) return null;
  return { kind: 'person', name: shown, role: null, gender: roleGender(shown) };
}
