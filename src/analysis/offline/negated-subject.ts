// "Nobody claims that …", "Not a single witness said …", "Not one minister admits that …", "Not even Vance said …",
// "Not once did Vance say that …", "Neither did Vance say whether …": a report whose subject is negated, or that an
// inverted negation governs, tells that something was not said. Shown as said, the words read as the speaker's own
// (a reviewer's read). Neither is a question ("Did Vance say that …?") nor a condition ("If Vance says that …, Ruiz said, …":
// the condition's subject had taken the sentence, Ruiz's credit and all).
import type { SpeakerRef } from './speaker-phrase.ts';

/**
 * A negation just before the subject ("Not a single", "Not one", "No"), an auxiliary a negation or the sentence's
 * start puts before it ("Not once did", "Did Vance say …?"; not "as did Vance", "So did Vance"), or "if".
 */
const NEGATED_OR_INVERTED =
  /(?:\bnot\s+even\b(?![^,;:.!?]*\b(?:later|earlier|ago|on|then|by|night|morning|day|week|month|year|hours?)\b)[^,;:.!?]{0,30}|\b(?:not|never|nor|neither|no)(?:\s+(?:a|one|a single|even|even one|even a))?|\b(?:not|no|never|neither|nor|little|hardly|rarely|seldom)\b(?! only)[^.!?]{0,20}\b(?:did|does|do)|(?:^|[.!?]\s+)(?:did|does|do)|\b(?:if|unless|whether))\s+$/iu;
/** A subject phrase that is itself a negation, or opens with the condition ("Unless the mayor"). */
const NEGATIVE_SUBJECT = /^(?:no|nobody|none|neither|no one|nothing|if|unless|whether)(?=\s)/iu;

/**
 * Only a subject near the start of the stretch read (`opens`, its first offset): a condition or a negation
 * inside the clause ("… to clap if they agreed with …") is the clause's own, and the report's subject is
 * before it.
 */
export function negatedSubject(text: string, ref: SpeakerRef, opens: number): boolean {
  const start = ref.kind === 'mention' ? ref.mention.start : ref.at;
  if (start - opens > 24) return false;
  return (
    NEGATED_OR_INVERTED.test(text.slice(Math.max(0, start - 40), start)) ||
    NEGATIVE_SUBJECT.test(text.slice(start, start + 12))
  );
}
