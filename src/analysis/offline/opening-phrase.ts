// Where a sentence's subject starts past the phrase it opens on: "In April, Kessel Air reported …", "As the
// Courier reported on Monday, several economists …". The credit of an opening "as" clause is the reporter's
// source for the whole sentence, not the subject of its verbs.
import { firstTokenAfterDateline } from './lead-dateline.ts';
import { OPENING_PREPOSITIONS } from './opening-frame.ts';
import { opensOnParticiple } from './opening-participle.ts';
import { subjectAt } from './participle-subject.ts';
import { speakerLike } from './speaker-like.ts';
import type { PhraseContext, SpeakerRef } from './speaker-phrase.ts';
import { isVerbForm } from './tensed-word.ts';
import { lowerOf, type Token } from './tokens.ts';

/** "In April, Kessel Air reported …", "In his speech, Reyes …": the subject after an opening phrase and its comma. */
export function afterOpeningPhrase(tokens: Token[], first: number): number {
  // "As the Courier reported on Monday, several economists …": a credit's clause opens the sentence too.
  // "Walking to the next house, Ruiz talked …": so does a participle's phrase, with the name it ends on set off
  // ("Standing beside the governor, Ann Roe, the mayor said …": the mayor is the subject).
  const participle = opensOnParticiple(tokens, first);
  const reach = OPENING_PREPOSITIONS.has(lowerOf(tokens[first]))
    ? 6
    : lowerOf(tokens[first]) === 'as' || participle
      ? 10
      : 0;
  for (let k = first + 1; k < tokens.length && k - first <= reach; k++)
    if (tokens[k]?.text === ',') return participle ? pastApposedName(tokens, k + 1) : k + 1;
  return first;
}

/**
 * Past a name set off between commas right at `at` ("Ann Roe,"), and a time after it ("on Friday,"), when a subject
 * and its verb follow ("…, Ann Roe, the mayor cut the ribbon"). Not the subject's own name before its apposition
 * ("Speaking to reporters, Reyes, the mayor, thanked …", "Reyes, 52,", "Kiel, who chairs the panel,").
 */
function pastApposedName(tokens: Token[], at: number): number {
  let k = at;
  while (/^\p{Lu}/u.test(tokens[k]?.text ?? '') && k - at < 4) k++;
  if (k === at || tokens[k]?.text !== ',') return at;
  const time = k + 1;
  const next = lowerOf(tokens[time]) === 'on' && tokens[time + 2]?.text === ',' ? time + 3 : k + 1;
  for (let j = next; j < tokens.length && tokens[j]?.text !== ','; j++)
    if (isVerbForm(tokens[j])) return next;
  return at;
}

/**
 * "As the Courier reported on Monday, several economists doubted it, noting …": when the verb at `at` is the
 * opening "as" clause's, the main clause's subject, who speaks the participle after it (null when none that
 * can speak opens that clause); undefined when the sentence opens on no such credit. Never the outlet the
 * "as" clause credits.
 */
export function subjectPastAsCredit(
  tokens: Token[],
  at: number,
  ctx: PhraseContext,
): SpeakerRef | null | undefined {
  const first = firstTokenAfterDateline(tokens, ctx.text);
  if (lowerOf(tokens[first]) !== 'as') return undefined;
  const main = afterOpeningPhrase(tokens, first);
  if (main === first || at >= main) return undefined;
  const ref = subjectAt(tokens, main, ctx);
  return ref && (ref.kind !== 'phrase' || speakerLike(ref)) ? ref : null;
}
