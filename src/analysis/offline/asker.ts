// "Hallam asked Reyes whether the plant would close. “Not this year,” he said.": the answer is the one asked.
// A person who asks another person in the sentence a pronoun looks back to is rarely the one it stands for; and
// "… shoved a pupil once he asked the congressman whether he “backed the plan.”": the one asking is not the one
// asked, so a "he" or "she" read as the very person its verb's object names stands for someone else.
import type { Entity, Mention } from './entities.ts';
import { roleSubjectAt } from './main-clause.ts';
import { holdsOffice } from './office-holder.ts';
import { spelledOut } from './office-of.ts';
import type { SpeakerRef } from './speaker-phrase.ts';

/** "asked", "then asked", "pressed", "later questioned" between the asker and the one asked. */
const ASKING_VERB = String.raw`^\s+(?:then\s+|also\s+|later\s+|again\s+)?(?:asked|pressed|questioned)\s+`;
/** The verb, then a title before the one asked ("asked Sen. Reyes"). */
const ASKS = new RegExp(`${ASKING_VERB}(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\\.?\\s+)?`);
/** The verb, then "him"/"her" or "the <office>". */
const ASKS_PRONOUN_OR_OFFICE = new RegExp(`${ASKING_VERB}(?:(him|her)\\b|(?=the\\s))`, 'i');

/** Whether `mention` asks another person named right after the verb ("Hallam asked Reyes"). */
export function asksAnother(text: string, mention: Mention, people: readonly Mention[]): boolean {
  const asks = ASKS.exec(text.slice(mention.end, mention.end + 40));
  if (!asks) return false;
  const asked = mention.end + asks[0].length;
  return people.some((other) => other.entity !== mention.entity && other.start === asked);
}

/**
 * Whether the pronoun `ref`, read as `person`, asks that very person: the office the person holds ("asked the
 * congressman") or a "him"/"her" of the pronoun's sex. The quote then has no credit rather than the one asked.
 */
export function asksTheOne(text: string, ref: SpeakerRef, person: Entity | null): boolean {
  if (ref.kind !== 'pronoun' || person === null || (ref.word !== 'he' && ref.word !== 'she')) return false;
  const after = ref.at + ref.word.length;
  const asks = ASKS_PRONOUN_OR_OFFICE.exec(text.slice(after, after + 40));
  if (!asks) return false;
  const object = asks[1]?.toLowerCase();
  if (object) return (object === 'him') === (ref.word === 'he');
  const role = roleSubjectAt(text, after + asks[0].length);
  const written = person.role ?? '';
  return role !== null && (holdsOffice(role, written) || holdsOffice(role, spelledOut(written)));
}
