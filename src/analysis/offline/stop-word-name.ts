// "said Will Varga, a professor": a given name spelt like a word that ends a noun phrase ("Will", "May",
// "Said") opens no phrase by the word lists, so the name after "said" was lost and the quote fell to the
// previous speaker. Capitalised inside its sentence and opening a person's name the article knows, it is that
// name's first word.
import { mentionAt, type Registry } from './entities.ts';
import type { Token } from './tokens.ts';

/** The tokens of the person's name opening at i with a capitalised word, when one does; else null. */
export function stopWordName(
  tokens: Token[],
  i: number,
  registry: Registry,
): { from: number; to: number } | null {
  const first = tokens[i];
  if (i === 0 || !first || !/^\p{Lu}\p{Ll}/u.test(first.text)) return null;
  const mention = mentionAt(registry, first.start);
  if (mention?.entity.kind !== 'person' || mention.start !== first.start) return null;
  let to = i;
  while ((tokens[to + 1]?.end ?? Number.POSITIVE_INFINITY) <= mention.end) to++;
  return to > i ? { from: i, to } : null;
}
