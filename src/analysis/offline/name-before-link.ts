// "Jorund Halvik of Brennock said": a capitalised run of two or three words before "of" or "at" is a
// person the registry could not place (no given name it knows), and the body after the link is where the
// person works. The body is no speaker then; a run that is itself a body or a place ("Bank of Lestria",
// "Tarsa Valley of …") or a title ("Secretary of State") is left to the other rules.
import { wordLexicon } from './compromise-lexicon.ts';
import { type Mention, mentionAt } from './entities.ts';
import { MEDIA_HEADS, NOT_NAME_WORDS, ORG_HEADS, PLACE_HEADS, TITLE_WORDS } from './lexicon.ts';
import { spaceWords } from './space-words.ts';
import type { PhraseContext } from './speaker-phrase.ts';
import { fold, lowerOf, type Token } from './tokens.ts';

const LINKS = new Set(['of', 'at']);

/** The unplaced name from `from` to `last` when "of" or "at" follows it, else null. */
export function nameBeforeLink(
  tokens: Token[],
  from: number,
  last: number,
  ctx: PhraseContext,
): Mention | null {
  if (!LINKS.has(lowerOf(tokens[last + 1]))) return null;
  const first = tokens[from] as Token;
  const found = mentionAt(ctx.registry, first.start);
  if (found?.entity.kind !== 'other' || found.start !== first.start || found.end !== tokens[last]?.end)
    return null;
  const words = spaceWords(ctx.text.slice(found.start, found.end));
  if (words.length < 2 || words.length > 3) return null;
  const places = wordLexicon().places;
  const nameLike = (word: string) => {
    const key = fold(word);
    return (
      /^\p{Lu}\p{Ll}/u.test(word) &&
      !NOT_NAME_WORDS.has(key) &&
      !TITLE_WORDS.has(key) &&
      !ORG_HEADS.has(key) &&
      !MEDIA_HEADS.has(key) &&
      !PLACE_HEADS.has(key) &&
      !places.has(key)
    );
  };
  return words.every(nameLike) ? found : null;
}
