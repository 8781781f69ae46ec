// "Bennett does not feel the same. If Ivo Roe loses, he said he would back a rival.": a person named only in a
// condition opening the pronoun's own sentence is rarely its "he"; the subject the sentence before opens with is
// (an editor's read: a voter's plan was given to the candidate his condition named).
import type { Entity, Mention } from './entities.ts';
import type { ResolveContext } from './resolve-context.ts';
import { TENSED_HELPERS } from './tensed-word.ts';
import type { Token } from './tokens.ts';

const CONDITIONS = /^(?:If|Unless|Even if|Should)\s/;

/**
 * For a pronoun in `sentence` whose best candidate, at `candidateAt`, stands in the condition the sentence opens
 * with ("If …,", "Unless …,"), the subject the sentence before opens on; null otherwise.
 */
export function subjectBeforeCondition(
  ctx: ResolveContext,
  sentence: number,
  candidateAt: number,
  fits: (entity: Entity) => boolean,
): Entity | null {
  const first = ctx.firstWordOf(sentence);
  if (!first || !CONDITIONS.test(ctx.text.slice(first.start, first.start + 8))) return null;
  if (candidateAt >= ctx.mainClauseAt(sentence).start) return null;
  const previous = ctx.peopleBySentence.get(sentence - 1) ?? [];
  return openingSubject(ctx.text, previous, ctx.firstWordOf(sentence - 1), fits);
}

/**
 * The person the sentence whose first word is `first` opens on as its subject, a verb after the name ("Bennett
 * does not feel …", "Ana Ruiz, a voter, said …"), or null.
 */
function openingSubject(
  text: string,
  people: readonly Mention[],
  first: Token | undefined,
  fits: (entity: Entity) => boolean,
): Entity | null {
  const mention = first
    ? people.find((m) => m.start >= first.start && m.start <= first.start + 12)
    : undefined;
  if (!mention || !fits(mention.entity) || mention.entity.kind !== 'person') return null;
  const next = /^(?:,|\s(\p{Ll}+))/u.exec(text.slice(mention.end, mention.end + 20));
  if (!next) return null;
  const word = next[1];
  return word === undefined || TENSED_HELPERS.has(word) || /(?:ed|s)$/.test(word) ? mention.entity : null;
}
