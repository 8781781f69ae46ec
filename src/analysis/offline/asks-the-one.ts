// "… shoved a pupil once he asked the congressman whether he “backed the plan.”": the one asking is not the one
// asked. A "he" or "she" that asks someone whom the verb's object names as the person the pronoun was read as
// (the office that person holds, or a "him"/"her" of the same sex) stands for someone else, whom the sentence
// may not name at all; the quote then has no credit rather than the congressman's own question.
import type { Entity } from './entities.ts';
import { roleSubjectAt } from './main-clause.ts';
import { holdsOffice } from './office-holder.ts';
import { spelledOut } from './office-of.ts';
import type { SpeakerRef } from './speaker-phrase.ts';

/** The asking verb right after the pronoun, and what it asks: "the <office>" or a pronoun. */
const ASKS =
  /^\s+(?:then\s+|also\s+|later\s+|again\s+)?(?:asked|pressed|questioned)\s+(?:(him|her)\b|(?=the\s))/i;

/** Whether the pronoun `ref`, read as `person`, asks that very person. */
export function asksTheOne(text: string, ref: SpeakerRef, person: Entity | null): boolean {
  if (ref.kind !== 'pronoun' || person === null || (ref.word !== 'he' && ref.word !== 'she')) return false;
  const after = ref.at + ref.word.length;
  const asks = ASKS.exec(text.slice(after, after + 40));
  if (!asks) return false;
  const object = asks[1]?.toLowerCase();
  if (object) return (object === 'him') === (ref.word === 'he');
  const role = roleSubjectAt(text, after + asks[0].length);
  const written = person.role ?? '';
  return role !== null && (holdsOffice(role, written) || holdsOffice(role, spelledOut(written)));
}
