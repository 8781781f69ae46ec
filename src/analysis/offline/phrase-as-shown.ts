// How a speaker known only by a phrase, or a one-word title, is shown on the sheet.
import { escapeRegExp } from '../../util/reg-exp.ts';
import type { Entity } from './entities.ts';

/**
 * "A person familiar with the talks" opened its sentence; on the sheet it reads "a person familiar …".
 * "a nurse’s claims that …" is the nurse's: the owner's mark is no part of who spoke.
 */
export function phraseAsShown(text: string): string {
  return text.replace(SENTENCE_OPENER, (word) => word.toLowerCase()).replace(OWNER_MARK, '');
}

const OWNER_MARK = /(?<=(?:^|\s)\p{Ll}[\p{L}-]*)['’]s$/u;

// A number only before a lower-case word: "One Nation spokesman" keeps its party's name.
const SENTENCE_OPENER =
  /^(?:(?:The|A|An|Another|Those|These|Some|Several|Many|Most|Both|All|Half|Current|Former|People)(?=\s)|(?:One|Two|Three)(?=\s\p{Ll}))/u;

/**
 * "according to The Hill", "told The Post": a one-word body the story writes with a capital "The" inside a
 * sentence is a title, shown whole ("The Hill"); alone, "Hill" reads as a person's surname.
 */
export function titledName(text: string, entity: Entity): string {
  if (entity.kind === 'person' || entity.name.includes(' ')) return entity.name;
  let titled = TITLED.get(entity);
  if (titled === undefined) {
    titled = new RegExp(`[\\p{Ll},] The ${escapeRegExp(entity.name)}\\b`, 'u').test(text);
    TITLED.set(entity, titled);
  }
  return titled ? `The ${entity.name}` : entity.name;
}
const TITLED = new WeakMap<Entity, boolean>();
