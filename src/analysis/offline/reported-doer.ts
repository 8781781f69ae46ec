// Whose words a participle carries after an outlet's report of what someone did: in "The Courier reports Ilse
// Brandt on Monday laid out her view, saying it was for towns and not for “judges”", Brandt says it; the
// Courier only reports her. Read by credit-before.ts where a participle would go back to the verb "reports".
import { clauseSubject } from './clause-subject.ts';
import { OBJECT_PRONOUN_GENDERS } from './missing-verbs.ts';
import type { PhraseContext, SpeakerRef } from './speaker-phrase.ts';
import { isVerbForm } from './tensed-word.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Verbs by which an outlet relays what others did or said. */
const RELAYING = new Set(['reports', 'reported']);
/**
 * The person who opens the clause reported by the verb at `cue`, when that clause has a verb of its own before
 * the participle at `participle`, or null. Not when the participle acts on that person ("… reported Ilse
 * Brandt erred, calling her “…”" is the reporter's view of her).
 */
export function reportedDoer(
  tokens: Token[],
  cue: number,
  participle: number,
  ctx: PhraseContext,
): SpeakerRef | null {
  if (!RELAYING.has(lowerOf(tokens[cue]))) return null;
  const start = lowerOf(tokens[cue + 1]) === 'that' ? cue + 2 : cue + 1;
  const doer = clauseSubject(tokens, start, participle, ctx);
  if (doer?.kind !== 'mention' || doer.mention.entity.kind !== 'person') return null;
  const gender = OBJECT_PRONOUN_GENDERS.get(lowerOf(tokens[participle + 1]));
  if (gender && doer.mention.entity.gender !== (gender === 'm' ? 'f' : 'm')) return null;
  for (let k = start; k < participle; k++)
    if ((tokens[k] as Token).start >= doer.mention.end && isVerbForm(tokens[k])) return doer;
  return null;
}
