// Whose is a verb joined by "and" ("… and asked if he backed the “harbour agenda”")? The sentence's opening
// subject's, unless the verb sits in a clause that a subordinator opened with a subject of its own: in
// "Reyes seized a student's arm once the student walked up to him and asked if he backed the “…”", the
// student asked, not Reyes. Read by credit-before.ts for a cue verb joined to another.
import { clauseSubject } from './clause-subject.ts';
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
    if (!isWord(tokens[k]) || !SUBORDINATORS.has(lowerOf(tokens[k]))) continue;
    // Read as a clause's subject: up to its own verb, a name or a pronoun ("the man" reads as no one).
    return { ref: clauseSubject(tokens, k + 1, at, ctx) };
  }
  return null;
}
