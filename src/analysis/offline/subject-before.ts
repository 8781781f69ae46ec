// "Ada Brenner, a party activist, said on Tuesday …. The former Alaska governor said …": a description of an
// office opening a sentence, straight after a sentence whose subject is the one person it names, is that person
// (copy names someone, then varies the reference). Asked only when no one named holds the office.
import type { Entity } from './entities.ts';
import { TITLE_WORDS } from './lexicon.ts';
import { officeOf, spelledOut } from './office-of.ts';
import type { ResolveContext } from './resolve-context.ts';
import { fold } from './tokens.ts';

/**
 * The only person named in the sentence before the one `at` opens, as its subject, and whose title,
 * if any, is the office `head` names; else null. "Attorney General Ada Brenner recalled …. The officer said" is
 * another person.
 */
export function subjectBefore(
  at: number,
  described: string,
  head: string,
  ctx: ResolveContext,
): Entity | null {
  const sentence = ctx.sentenceOf(at);
  if (sentence < 1 || ctx.firstWordOf(sentence)?.start !== at) return null;
  // A bare office ("The constable shouted") is as often a new person as the last one; a qualified one ("the
  // former Alaska governor", "the 57-year-old scientist") is the copy varying its reference. Nor when anyone
  // in the story holds the office: then it is theirs or nobody's.
  if (!QUALIFIED.test(described) || heldBefore(at, head, ctx)) return null;
  const people = ctx.peopleBySentence.get(sentence - 1) ?? [];
  const subject = people[0];
  if (subject?.entity.kind !== 'person') return null;
  if (ctx.firstWordOf(sentence - 1)?.start !== subject.start) return null;
  if (!people.every((mention) => mention.entity === subject.entity || mention.entity.kind !== 'person'))
    return null;
  const titles = fold(subject.entity.role ?? '')
    .split(/[^a-z]+/)
    .filter((word) => TITLE_WORDS.has(word));
  return titles.every((word) => word === head) ? subject.entity : null;
}

/** "the", then at least one word, before the office. */
const QUALIFIED = /^the\s+\S+\s+\S/i;

/** Whether a person named before `at` has a title naming the office ("Sen." for "senator"). */
function heldBefore(at: number, head: string, ctx: ResolveContext): boolean {
  return ctx.registry.mentions.some(
    (mention) =>
      mention.start < at &&
      mention.entity.kind === 'person' &&
      officeOf(fold(spelledOut(mention.entity.role ?? '')), head) !== null,
  );
}
