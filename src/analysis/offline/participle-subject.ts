// "Ilse Brandt endorsed Tomas Reyes on Monday, saying the port needs him": a participle after a comma speaks
// for the subject of the clause it follows. Read forward, the phrase at the clause's start runs over a verb the
// lexicon does not know ("endorsed") and takes the name after it, the object, for its head: the speaker is the
// name before that verb.
import { firstTokenAfterDateline } from './lead-dateline.ts';
import { isPersonNoun } from './speaker-like.ts';
import { type PhraseContext, parseForward, type SpeakerRef } from './speaker-phrase.ts';
import type { Token } from './tokens.ts';

/** A lower-case past or present-tense verb: "endorsed", "endorses"; not a noun for people ("officials"). */
function looksLikeVerb(token: Token): boolean {
  return /^\p{Ll}+(?:ed|es)$/u.test(token.text) && !isPersonNoun(token.text);
}

/** The subject phrase read forward from `from`, cut before a verb it ran over. */
export function subjectAt(tokens: Token[], from: number, ctx: PhraseContext): SpeakerRef | null {
  const ref = parseForward(tokens, from, ctx)?.ref ?? null;
  if (ref?.kind !== 'mention') return ref;
  const start = ref.mention.start;
  const verb = tokens.findIndex((t, k) => k > from && t.start < start && looksLikeVerb(t));
  if (verb < 0) return ref;
  return parseForward(tokens.slice(from, verb), 0, ctx)?.ref ?? null;
}

/** The subject opening the sentence, past a wire dateline. */
export function openingSubjectOf(tokens: Token[], ctx: PhraseContext): SpeakerRef | null {
  const first = firstTokenAfterDateline(tokens, ctx.text);
  return first < tokens.length ? subjectAt(tokens, first, ctx) : null;
}
