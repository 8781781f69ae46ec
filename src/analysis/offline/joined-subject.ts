// Whose is a verb joined by "and" ("… and asked if he backed the “harbour agenda”")? The sentence's opening
// subject's, unless the verb sits in a clause that a subordinator opened with a subject of its own: in
// "Reyes seized a student's arm once the student walked up to him and asked if he backed the “…”", the
// student asked, not Reyes. So does a clause reported with "that" when the joined verb acts on the one who
// reports it: in "She confirmed that Tomas Reyes called her and told her to “…”", Reyes told her (she would have
// told herself). Otherwise the verb is the reporter's next: "He said that Ruiz is “…” and said that …", "She
// contended that Ruiz erred and accused Ruiz of being “…”". Read by credit-before.ts for a joined cue verb.
import { clauseSubject } from './clause-subject.ts';
import { CUE_VERBS } from './lexicon.ts';
import { OBJECT_PRONOUN_GENDERS } from './missing-verbs.ts';
import type { PhraseContext, SpeakerRef } from './speaker-phrase.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

const SUBORDINATORS = new Set(['after', 'when', 'before', 'while', 'because', 'since', 'until', 'once']);

/**
 * The subject of the subordinate clause the verb at `at` belongs to: found when a subordinator stands between
 * `from` and the verb with no comma between it and the verb. `ref` is null when that subject names no one
 * ("the man"): the caller then credits no one.
 */
export function subordinateOwner(
  tokens: Token[],
  from: number,
  at: number,
  ctx: PhraseContext,
): { ref: SpeakerRef | null } | null {
  for (let k = at - 1; k > from; k--) {
    const text = (tokens[k] as Token).text;
    if (text === ',' || text === ';' || text === ':') return null;
    if (!isWord(tokens[k])) continue;
    if (
      !SUBORDINATORS.has(lowerOf(tokens[k])) &&
      !(reportsThat(tokens, k) && actsOnTeller(tokens, from, k, at, ctx))
    )
      continue;
    // Read as a clause's subject: up to its own verb, a name or a pronoun ("the man" reads as no one).
    return { ref: clauseSubject(tokens, k + 1, at, ctx) };
  }
  return null;
}

/** "confirmed that …", "said that …": a "that" after a verb of saying opens the clause reported. */
function reportsThat(tokens: Token[], k: number): boolean {
  return lowerOf(tokens[k]) === 'that' && CUE_VERBS.has(lowerOf(tokens[k - 1]));
}

/** Whether the verb at `at` takes as its object a pronoun for the subject of the verb before "that" at `that`. */
function actsOnTeller(tokens: Token[], from: number, that: number, at: number, ctx: PhraseContext): boolean {
  const gender = OBJECT_PRONOUN_GENDERS.get(lowerOf(tokens[at + 1]));
  if (!gender) return false;
  const teller = clauseSubject(tokens, from, that - 1, ctx);
  if (teller?.kind === 'pronoun') return teller.word === (gender === 'm' ? 'he' : 'she');
  return teller?.kind === 'mention' && teller.mention.entity.gender === gender;
}
