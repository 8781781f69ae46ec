// "Brenner: his challenge to her in October": a report cut from "X announced his challenge to her" is the noun
// phrase the verb took, not a clause of anyone's words (an editor's read). Such a phrase opens on a possessive
// and has no verb after its head noun but infinitives ("her plan to support …" is a plan, not a claim).
import { hasFiniteVerb } from './speaker-check.ts';

const POSSESSIVE_HEAD = /^(?:his|her|their|its)\s+\S+/i;
/** "to seek", "to not seek", "to never seek": an infinitive, which no claim needs. */
const INFINITIVE = /\bto\s+(?:not\s+|never\s+)?[\p{L}'’-]+/giu;

/** Whether a reported clause is only a possessive noun phrase: no verb past its head but after "to". */
export function nounPhraseOnly(clause: string): boolean {
  const head = POSSESSIVE_HEAD.exec(clause);
  return head !== null && !hasFiniteVerb(clause.slice(head[0].length).replace(INFINITIVE, ' '));
}
